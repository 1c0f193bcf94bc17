import { MAX_PUSH_EVENTS, MAX_SEAT_SKEW_MS } from '../../../shared/sync/wire';
import type { DB } from '../store/db';
import { seatEventsAfter } from '../store/events';
import { flagSkewedEvent } from '../store/sync-outbox';
import { quarantine } from '../store/sync-quarantine';
import { getSyncState, setPushedThrough, setSkew } from '../store/sync-state';
import { SyncError, type HubClient } from './hub-client';
import { referenceBatch, settleReferenceBatch } from './push-reference';

export interface PushedBatch {
  readonly sent: number;
  /** Events and reference edits that left the outbox: acknowledged, or refused by the hub and quarantined here. */
  readonly settled: number;
  readonly rejected: number;
  readonly skewMs: number;
}

/**
 * Pushes the next batch of the outbox: this seat's events and, at an admin seat, its reference
 * edits, in one request. An item leaves the outbox only when the hub has acknowledged it or
 * rejected it (then it is kept visible in the quarantine): the events' high-water mark advances
 * over the answered prefix of the batch, so an event the hub left unanswered is sent again; a
 * reference edit leaves on its own answer.
 */
export async function pushOutboxBatch(db: DB, client: HubClient, seatCode: string, nowMs: () => number): Promise<PushedBatch | null> {
  const batch = seatEventsAfter(db, seatCode, getSyncState(db).pushedThrough, MAX_PUSH_EVENTS);
  const references = referenceBatch(db);
  if (batch.length === 0 && references.length === 0) return null;
  const answer = await client.push(
    batch.map((b) => b.event),
    new Date(nowMs()).toISOString(),
    references.map((r) => r.record),
  );
  const acknowledged = new Set(answer.acknowledged);
  const rejected = new Map(answer.rejected.map((r) => [r.id, r]));
  return db
    .transaction(() => {
      const at = new Date(nowMs()).toISOString();
      const skewed = Math.abs(answer.skewMs) > MAX_SEAT_SKEW_MS;
      setSkew(db, answer.skewMs);
      let settled = 0;
      let refused = 0;
      let through = 0;
      for (const b of batch) {
        if (skewed) flagSkewedEvent(db, b.event.id, answer.skewMs);
        const rejection = rejected.get(b.event.id);
        if (!acknowledged.has(b.event.id) && !rejection) break;
        if (rejection) {
          quarantine(db, { direction: 'push', hubSeq: null, eventId: b.event.id, reason: rejection.reason, detail: rejection.detail, item: b.event, at });
          refused++;
        }
        through = b.seq;
        settled++;
      }
      const edits = settleReferenceBatch(db, references, acknowledged, rejected, at);
      if (settled + edits.settled === 0) throw new SyncError('hub_refused', 'The hub answered the push without settling its first item');
      setPushedThrough(db, through);
      return { sent: batch.length + references.length, settled: settled + edits.settled, rejected: refused + edits.rejected, skewMs: answer.skewMs };
    })
    .immediate();
}
