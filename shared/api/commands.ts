/**
 * Commands the Electron application menu sends to the renderer as `shell:command` pushes. Browser
 * mode has no menu, so the renderer binds the same keys itself; the menu only shows them.
 */
export const menuCommands = ['case:new', 'case:list', 'language:toggle', 'help:shortcuts'] as const;
export type MenuCommand = (typeof menuCommands)[number];
