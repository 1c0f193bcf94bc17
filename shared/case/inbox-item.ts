import type { CaseRecord } from './record';

export type InboxItemKind = 'return' | 'extension' | 'special_closure' | 'conflict' | 'callback_done';

/**
 * What a case flagged for the supervisor waits for, and since when: the inbox is ordered by that
 * time, oldest first (the store's SQL order is tested against this).
 */
export function inboxItem(c: CaseRecord): { kind: InboxItemKind; since: string } {
  if (c.pending) return { kind: c.pending.type, since: c.pending.requestedAt };
  if (c.status === 'callback_done') return { kind: 'callback_done', since: c.evaluation?.at ?? c.updatedAt };
  return { kind: 'conflict', since: c.dispatches.find((d) => d.conflicting)?.at ?? c.updatedAt };
}
