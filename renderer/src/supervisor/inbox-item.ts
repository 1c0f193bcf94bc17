import type { CaseView } from '../../../shared/api/contract';

export type InboxItemKind = 'return' | 'extension' | 'special_closure' | 'conflict' | 'callback_done';

/** What a flagged case waits for, and since when: the inbox is ordered by that time, oldest first. */
export function inboxItem(c: CaseView): { kind: InboxItemKind; since: string } {
  if (c.pending) return { kind: c.pending.type, since: c.pending.requestedAt };
  if (c.status === 'callback_done') return { kind: 'callback_done', since: c.evaluation?.at ?? c.updatedAt };
  return { kind: 'conflict', since: c.dispatches.find((d) => d.conflicting)?.at ?? c.updatedAt };
}

export const oldestFirst = (a: CaseView, b: CaseView) => inboxItem(a).since.localeCompare(inboxItem(b).since);
