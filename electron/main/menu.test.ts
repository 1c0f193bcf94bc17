import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/api/commands';
import type { MenuItemOptions } from './electron-api';
import { installMenu, menuTemplate } from './menu';
import { createStandInElectron } from './testing/stand-in-electron';

function flatten(items: readonly MenuItemOptions[]): MenuItemOptions[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

const screens = [
  { id: 1, label: '内置屏' },
  { id: 7, label: 'HDMI 大屏' },
];

function build(overrides: Partial<Parameters<typeof menuTemplate>[0]> = {}) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const openWall = vi.fn<(displayId?: number) => void>();
  const items = flatten(
    menuTemplate({ locale: 'zh-CN', platform: 'linux', isPackaged: true, send, wallDisplays: screens, openWall, ...overrides }),
  );
  return { items, send, openWall };
}

describe('application menu', () => {
  it('shows the command keys and sends the commands to the renderer', () => {
    const { items, send } = build();
    const commands = items.filter((item) => item.click !== undefined && item.registerAccelerator === false);
    expect(commands.map(({ label, accelerator }) => [label, accelerator])).toEqual([
      ['新建工单', 'F2'],
      ['工单列表', 'F3'],
      ['切换语言 中文/English', 'Alt+L'],
      ['快捷键', 'F1'],
    ]);
    // The page owns the keys, so a key press is handled once, by the renderer.
    expect(commands.every((item) => item.registerAccelerator === false)).toBe(true);
    for (const item of commands) item.click?.();
    expect(send.mock.calls).toEqual([['case:new'], ['case:list'], ['language:toggle'], ['help:shortcuts']]);
  });

  it('opens the wall display with F9, on the screen the shell picks or on a named one', () => {
    const { items, openWall } = build();
    const wall = items.filter((item) => item.label?.includes('打开') || item.label?.startsWith('在此屏幕'));
    expect(wall.map(({ label, accelerator }) => [label, accelerator])).toEqual([
      ['打开大屏（优先副屏）', 'F9'],
      ['在此屏幕打开：内置屏', undefined],
      ['在此屏幕打开：HDMI 大屏', undefined],
    ]);
    for (const item of wall) item.click?.();
    expect(openWall.mock.calls).toEqual([[], [1], [7]]);
  });

  it('has Quit with its key, and no reload or DevTools in production', () => {
    const roles = build().items.map((item) => item.role);
    expect(build().items.find((item) => item.role === 'quit')?.accelerator).toBe('CmdOrCtrl+Q');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
  });

  it('has reload and DevTools in development', () => {
    const roles = build({ isPackaged: false }).items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('follows macOS conventions on a Mac', () => {
    const roles = build({ platform: 'darwin' }).items.map((item) => item.role);
    expect(roles[0]).toBe('appMenu');
    expect(roles).toContain('windowMenu');
    expect(roles).not.toContain('quit');
  });

  it('speaks English on a non-Chinese system', () => {
    expect(build({ locale: 'en-US' }).items.map((item) => item.label)).toContain('New case');
  });

  it('is installed as the application menu', () => {
    const { electron, record } = createStandInElectron();
    installMenu(electron.Menu, {
      locale: 'zh-CN',
      platform: 'win32',
      isPackaged: true,
      send: () => undefined,
      wallDisplays: screens,
      openWall: () => undefined,
    });
    expect(record.menu?.map((item) => item.label)).toEqual(['工单', '编辑', '视图', '帮助']);
  });
});
