/** Every shortcut once: the hooks bind these keys and the UI shows these labels. */
export const shortcuts = {
  newCase: { keys: 'f2, ctrl+n', label: 'F2' },
  caseList: { keys: 'f3', label: 'F3' },
  save: { keys: 'ctrl+enter, meta+enter', label: 'Ctrl+Enter' },
  saveOnly: { keys: 'ctrl+s, meta+s', label: 'Ctrl+S' },
  language: { keys: 'alt+l', label: 'Alt+L' },
  help: { keys: 'f1, shift+slash', label: 'F1 / ?' },
  board: { keys: 'f4', label: 'F4' },
  cards: { keys: 'f7', label: 'F7' },
  slaAdmin: { keys: 'f8', label: 'F8' },
  wall: { keys: 'f9', label: 'F9' },
  alerts: { keys: 'alt+n', label: 'Alt+N' },
  privacy: { keys: 'alt+p', label: 'Alt+P' },
} as const;

export type ShortcutName = keyof typeof shortcuts;
