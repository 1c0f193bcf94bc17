/** Every shortcut once: the hooks bind these keys and the UI shows these labels. */
export const shortcuts = {
  newCase: { keys: 'f2, ctrl+n', label: 'F2' },
  caseList: { keys: 'f3', label: 'F3' },
  save: { keys: 'ctrl+enter, meta+enter', label: 'Ctrl+Enter' },
  saveOnly: { keys: 'ctrl+s, meta+s', label: 'Ctrl+S' },
  language: { keys: 'alt+l', label: 'Alt+L' },
  help: { keys: 'f1, shift+slash', label: 'F1 / ?' },
} as const;

export type ShortcutName = keyof typeof shortcuts;
