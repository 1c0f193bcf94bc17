import type { LinkState } from '../../../shared/sync/link-state';
import { MAX_SEAT_SKEW_MS } from '../../../shared/sync/wire';
import type { DB } from '../store/db';
import { referenceOutboxSize } from '../store/reference-outbox';
import { outboxSize } from '../store/sync-outbox';
import { quarantineSize } from '../store/sync-quarantine';
import { getSyncState } from '../store/sync-state';

/**
 * What waits for the hub: this seat's events after the high-water mark, and its reference edits
 * where it may push them (an admin seat, or one not enrolled yet). Counting a long outbox reads
 * every row in it.
 */
export function pendingOutbox(db: DB, seatCode: string): number {
  const s = getSyncState(db);
  const edits = s.enrollment === null || s.enrollment.admin ? referenceOutboxSize(db) : 0;
  return outboxSize(db, seatCode, s.pushedThrough) + edits;
}

/**
 * The link state as stored. `syncing` only while a round is pushing this seat's events: an idle
 * pull every few seconds would otherwise make the chip flicker; a failing link stays offline
 * until a round succeeds.
 */
export function readLinkState(db: DB, seatCode: string, syncing: boolean, knownOutbox?: number): LinkState {
  const s = getSyncState(db);
  // Counting a long outbox reads every row in it: a round in flight passes the count it keeps.
  const outbox = knownOutbox ?? pendingOutbox(db, seatCode);
  const link = !s.enrollment ? 'unenrolled' : s.offlineSince ? 'offline' : syncing && outbox > 0 ? 'syncing' : 'online';
  return {
    link,
    offlineSince: s.offlineSince,
    outbox,
    quarantined: quarantineSize(db),
    referenceHeld: s.enrollment !== null && !s.enrollment.admin ? referenceOutboxSize(db) : 0,
    skewMs: s.skewMs,
    skewed: s.skewMs !== null && Math.abs(s.skewMs) > MAX_SEAT_SKEW_MS,
    lastSuccessAt: s.lastSuccessAt,
    lastFailureAt: s.lastFailureAt,
    lastError: s.lastError,
  };
}
