/** Every shortcut once: the hooks bind these keys and the UI shows these labels. */
export const shortcuts = {
  newCase: { keys: 'f2, ctrl+n', label: 'F2' },
  caseList: { keys: 'f3', label: 'F3' },
  save: { keys: 'ctrl+enter, meta+enter', label: 'Ctrl+Enter' },
  saveOnly: { keys: 'ctrl+s, meta+s', label: 'Ctrl+S' },
  language: { keys: 'alt+l', label: 'Alt+L' },
  help: { keys: 'f1, shift+slash', label: 'F1 / ?' },
  unitQueue: { keys: 'f4', label: 'F4' },
  inbox: { keys: 'f6', label: 'F6' },
  callbacks: { keys: 'f7', label: 'F7' },
  // Loop actions in a case's detail: Alt + a letter, each shown on its button.
  accept: { keys: 'alt+a', label: 'Alt+A' },
  contact: { keys: 'alt+c', label: 'Alt+C' },
  note: { keys: 'alt+n', label: 'Alt+N' },
  reply: { keys: 'alt+r', label: 'Alt+R' },
  returnRequest: { keys: 'alt+t', label: 'Alt+T' },
  extension: { keys: 'alt+e', label: 'Alt+E' },
  whistle: { keys: 'alt+w', label: 'Alt+W' },
  report: { keys: 'alt+p', label: 'Alt+P' },
  rule: { keys: 'alt+s', label: 'Alt+S' },
  evaluate: { keys: 'alt+v', label: 'Alt+V' },
  callbackFailed: { keys: 'alt+f', label: 'Alt+F' },
  reopen: { keys: 'alt+o', label: 'Alt+O' },
  closeCase: { keys: 'alt+x', label: 'Alt+X' },
  merge: { keys: 'alt+m', label: 'Alt+M' },
} as const;

export type ShortcutName = keyof typeof shortcuts;
