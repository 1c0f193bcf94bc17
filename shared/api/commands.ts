/**
 * Commands the Electron application menu sends to the renderer. Browser mode has no menu, so the
 * renderer binds the same keys itself; the menu only shows them.
 */
export const commandChannel = 'lianxin:command';

export const menuCommands = ['case:new', 'case:list', 'language:toggle', 'help:shortcuts'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(name: unknown): name is MenuCommand {
  return typeof name === 'string' && (menuCommands as readonly string[]).includes(name);
}
