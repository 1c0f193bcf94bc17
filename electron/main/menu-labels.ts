import type { MenuCommand } from '../../shared/api/commands';

export interface MenuLabels {
  readonly cases: string;
  readonly edit: string;
  readonly view: string;
  readonly window: string;
  readonly help: string;
  readonly quit: string;
  /** The wall display: its submenu, the default choice, and the prefix of a named screen. */
  readonly wall: string;
  readonly wallDefault: string;
  readonly wallOn: string;
  readonly commands: Readonly<Record<MenuCommand, string>>;
}

const zh: MenuLabels = {
  cases: '工单',
  edit: '编辑',
  view: '视图',
  window: '窗口',
  help: '帮助',
  quit: '退出',
  wall: '指挥大屏',
  wallDefault: '打开大屏（优先副屏）',
  wallOn: '在此屏幕打开：',
  commands: { 'case:new': '新建工单', 'case:list': '工单列表', 'language:toggle': '切换语言 中文/English', 'help:shortcuts': '快捷键' },
};

const en: MenuLabels = {
  cases: 'Cases',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  quit: 'Quit',
  wall: 'Wall display',
  wallDefault: 'Open the wall display (second screen first)',
  wallOn: 'Open on screen: ',
  commands: { 'case:new': 'New case', 'case:list': 'Case list', 'language:toggle': 'Toggle language 中文/English', 'help:shortcuts': 'Keyboard shortcuts' },
};

/** The menu is built before the renderer says which language it shows, so it follows the system. */
export function menuLabels(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('zh') ? zh : en;
}
