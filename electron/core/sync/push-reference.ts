import { MAX_PUSH_EVENTS, referenceKey, type PushResponse } from '../../../shared/sync/wire';
import type { DB } from '../store/db';
import { referenceOutboxBatch, settleReferenceEdit, type QueuedReference } from '../store/reference-outbox';
import { quarantine } from '../store/sync-quarantine';
import { getSyncState } from '../store/sync-state';

/**
 * The reference edits a push carries: only an admin seat's (the hub refuses the others', and an
 * edit made at any other seat stays in force there alone). A seat not enrolled yet keeps them for
 * the day it is enrolled as an admin seat.
 */
export function referenceBatch(db: DB): QueuedReference[] {
  return getSyncState(db).enrollment?.admin ? referenceOutboxBatch(db, MAX_PUSH_EVENTS) : [];
}

/** Each edit the hub answered leaves the outbox; a refused one is kept in the quarantine, named by its record key. */
export function settleReferenceBatch(
  db: DB,
  sent: readonly QueuedReference[],
  acknowledged: ReadonlySet<string>,
  rejected: ReadonlyMap<string, PushResponse['rejected'][number]>,
  at: string,
): { settled: number; rejected: number } {
  let settled = 0;
  let refused = 0;
  for (const { seq, record } of sent) {
    const key = referenceKey(record);
    const rejection = rejected.get(key);
    if (!acknowledged.has(key) && !rejection) continue;
    if (rejection) {
      quarantine(db, { direction: 'push', hubSeq: null, eventId: key, reason: rejection.reason, detail: rejection.detail, item: record, at });
      refused++;
    }
    settleReferenceEdit(db, seq);
    settled++;
  }
  return { settled, rejected: refused };
}
