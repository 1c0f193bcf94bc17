/**
 * Every shortcut once: the hooks bind these keys and the UI shows these labels. Intake keys are
 * Alt chords (or Ctrl), so none of them can be mistaken for text typed into a field.
 */
export const shortcuts = {
  newCase: { keys: 'f2, ctrl+n', label: 'F2' },
  caseList: { keys: 'f3', label: 'F3' },
  search: { keys: 'f8', label: 'F8' },
  commandBar: { keys: 'ctrl+k, meta+k, slash', label: 'Ctrl+K / /' },
  save: { keys: 'ctrl+enter, meta+enter', label: 'Ctrl+Enter' },
  saveOnly: { keys: 'ctrl+s, meta+s', label: 'Ctrl+S' },
  unitPicker: { keys: 'alt+u', label: 'Alt+U' },
  kind: { keys: 'alt+1, alt+2, alt+3, alt+4, alt+5, alt+6', label: 'Alt+1…6' },
  urgency: { keys: 'alt+7, alt+8, alt+9', label: 'Alt+7…9' },
  acceptCategory: { keys: 'alt+a', label: 'Alt+A' },
  answerInquiry: { keys: 'alt+k', label: 'Alt+K' },
  linkDuplicate: { keys: 'alt+d', label: 'Alt+D' },
  // j, the next line down as in the lists: which of the open cases listed Alt+D links.
  nextRepeatChoice: { keys: 'alt+j', label: 'Alt+J' },
  emergencyTransfer: { keys: 'alt+e', label: 'Alt+E' },
  dismissEmergency: { keys: 'alt+x', label: 'Alt+X' },
  templates: { keys: 'alt+t', label: 'Alt+T' },
  language: { keys: 'alt+l', label: 'Alt+L' },
  help: { keys: 'f1, shift+slash', label: 'F1 / ?' },
  // F4 is the seat's work list: a handler's unit queue, everyone else's dispatch board.
  unitQueue: { keys: 'f4', label: 'F4' },
  board: { keys: 'f4', label: 'F4' },
  inbox: { keys: 'f6', label: 'F6' },
  callbacks: { keys: 'f7', label: 'F7' },
  wall: { keys: 'f9', label: 'F9' },
  cards: { keys: 'f10', label: 'F10' },
  alerts: { keys: 'alt+b', label: 'Alt+B' },
  syncSettings: { keys: 'alt+y', label: 'Alt+Y' },
  // Assessment (考核): the ranking, and its two exports on that page.
  assessment: { keys: 'alt+g', label: 'Alt+G' },
  exportXlsx: { keys: 'alt+i', label: 'Alt+I' },
  exportCsv: { keys: 'alt+j', label: 'Alt+J' },
  // The assessment's period one back or on: on the 2nd of a month, last month is one key away.
  previousPeriod: { keys: 'alt+pageup', label: 'Alt+PgUp' },
  nextPeriod: { keys: 'alt+pagedown', label: 'Alt+PgDn' },
  // The top spike not yet acted on becomes a proactive case (未诉先办).
  proactiveCase: { keys: 'alt+h', label: 'Alt+H' },
  // The assessment page's three tabs, and on its decision-support tab the sections, the bucket
  // size and the group merge. Digits are free there: intake's Alt+1…9 live on the intake page.
  assessmentRanking: { keys: 'alt+1', label: 'Alt+1' },
  assessmentDecision: { keys: 'alt+2', label: 'Alt+2' },
  assessmentRules: { keys: 'alt+3', label: 'Alt+3' },
  heatTable: { keys: 'alt+4', label: 'Alt+4' },
  trends: { keys: 'alt+5', label: 'Alt+5' },
  repeatCallers: { keys: 'alt+6', label: 'Alt+6' },
  groupRequests: { keys: 'alt+7', label: 'Alt+7' },
  // The town set-up page's four sections, each to its first field.
  townUnits: { keys: 'alt+1', label: 'Alt+1' },
  townRules: { keys: 'alt+2', label: 'Alt+2' },
  townCategories: { keys: 'alt+3', label: 'Alt+3' },
  townCommittees: { keys: 'alt+4', label: 'Alt+4' },
  bucketSize: { keys: 'alt+z', label: 'Alt+Z' },
  mergeGroup: { keys: 'alt+q', label: 'Alt+Q' },
  saveRule: { keys: 'ctrl+s, meta+s', label: 'Ctrl+S' },
  // On the wall display only, where no case detail is open.
  privacy: { keys: 'alt+p', label: 'Alt+P' },
  // A browser tab shows the wall in place of the console, so it needs a way back; a wall window has none.
  leaveWall: { keys: 'escape', label: 'Esc' },
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
  // An undispatched case's detail sends it to the unit in its dispatch field, as intake's save does.
  dispatchCase: { keys: 'ctrl+enter, meta+enter', label: 'Ctrl+Enter' },
  // 督 (dū): a supervisor's card by hand.
  supervise: { keys: 'alt+d', label: 'Alt+D' },
  // 群 (qún): mark a case 群体性 or 历史遗留.
  flag: { keys: 'alt+q', label: 'Alt+Q' },
} as const;

export type ShortcutName = keyof typeof shortcuts;
export type Shortcut = { readonly keys: string; readonly label: string };

/** The key of the n-th choice (0-based) of a chooser whose keys start at `first`: Alt+1, Alt+2… */
export function choiceKeyLabel(first: number, n: number): string {
  return `Alt+${first + n}`;
}
