import type { MenuCommand } from '../../shared/api/commands';
import { commandAccelerators, wallAccelerator } from './commands';
import type { MenuItemOptions, MenuStatic } from './electron-api';
import { menuLabels } from './menu-labels';

export interface MenuOptions {
  readonly locale: string;
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  readonly send: (command: MenuCommand) => void;
  /** The screens the wall display can go to, and what opens it (no id: the shell chooses). */
  readonly wallDisplays: readonly { readonly id: number; readonly label: string }[];
  readonly openWall: (displayId?: number) => void;
}

export function installMenu(Menu: MenuStatic, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}

export function menuTemplate({ locale, platform, isPackaged, send, wallDisplays, openWall }: MenuOptions): MenuItemOptions[] {
  const labels = menuLabels(locale);
  const isMac = platform === 'darwin';
  // The renderer owns these keys (browser mode has no menu); the menu shows them and, on Linux and
  // Windows, leaves them to the page so one key press never runs a command twice.
  const command = (name: MenuCommand): MenuItemOptions => ({
    label: labels.commands[name],
    accelerator: commandAccelerators[name],
    registerAccelerator: false,
    click: () => send(name),
  });
  const separator: MenuItemOptions = { type: 'separator' };
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemOptions] : []),
    {
      label: labels.cases,
      submenu: [
        command('case:new'),
        command('case:list'),
        ...(isMac ? [] : [separator, { label: labels.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' } satisfies MenuItemOptions]),
      ],
    },
    { label: labels.edit, role: 'editMenu' },
    {
      label: labels.view,
      submenu: [
        command('language:toggle'),
        separator,
        {
          label: labels.wall,
          submenu: [
            // The main process owns this key: it opens a window, which the page cannot.
            { label: labels.wallDefault, accelerator: wallAccelerator, click: () => openWall() },
            ...wallDisplays.map((d) => ({ label: `${labels.wallOn}${d.label}`, click: () => openWall(d.id) })),
          ],
        },
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        // Reloading drops unsaved form input and DevTools expose the page: development only.
        ...(isPackaged ? [] : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuItemOptions[]),
      ],
    },
    ...(isMac ? [{ label: labels.window, role: 'windowMenu' } satisfies MenuItemOptions] : []),
    { label: labels.help, submenu: [command('help:shortcuts')] },
  ];
}
