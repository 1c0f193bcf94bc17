import type { MenuCommand } from '../../shared/api/commands';

/** In Electron's accelerator syntax: the keys renderer/src/keyboard/shortcuts.ts binds. */
export const commandAccelerators = {
  'case:new': 'F2',
  'case:list': 'F3',
  'language:toggle': 'Alt+L',
  'help:shortcuts': 'F1',
} as const satisfies Record<MenuCommand, string>;

/** Opens the wall display window; renderer/src/keyboard/shortcuts.ts shows the same key (F9). */
export const wallAccelerator = 'F9';
