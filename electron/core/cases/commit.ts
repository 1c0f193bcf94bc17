import { ApiError } from '../../../shared/api/errors';
import { CaseEvent } from '../../../shared/case/events';
import { applyCaseEvent, foldCase, orderEvents } from '../../../shared/case/fold';
import type { CaseRecord } from '../../../shared/case/record';
import { refreshCaseSla } from '../sla/refresh-case-sla';
import type { WritableDB } from '../store/db';
import { getCaseRecord, saveCaseRecord } from '../store/cases';
import { appendEvent, countEventsForCase, eventsForCase } from '../store/events';
import { projectionDone, queueProjection } from '../store/projection-queue';

/**
 * Appends a case's new events and updates its projection in the caller's transaction. Events
 * newer than the projection are applied on top of it; anything older (a late sync delivery)
 * refolds the case from all its events, so the result is always the fold of the full log. A new
 * case whose every event is in this batch is folded from the batch, without reading it back.
 * The handle is a transaction's (db.ts): these writes never run on their own.
 */
export function commitCaseEvents(db: WritableDB, caseId: string, events: readonly CaseEvent[]): CaseRecord {
  const fresh = events.map((e) => CaseEvent.parse(e)).filter((e) => appendEvent(db, e));
  const current = getCaseRecord(db, caseId);
  const next =
    current && fresh.every((e) => e.hlc > current.lastHlc)
      ? orderEvents(fresh).reduce(applyCaseEvent, current)
      : !current && countEventsForCase(db, caseId) === fresh.length
        ? foldCase(fresh)
        : foldCase(eventsForCase(db, caseId));
  if (!next) throw new ApiError('not_found', { what: caseId });
  if (next !== current) {
    saveCaseRecord(db, next);
    refreshCaseSla(db, next);
  }
  return next;
}

/**
 * 受理's durable part: appends a new case's events and queues its projection, which the projector
 * writes just after, batched, and before anything reads it (projector.ts). The save's transaction
 * then holds only what cannot be rebuilt: the events, the case number, the queue entry. Returns
 * the case folded from these events, which is what its projection will hold.
 */
export function fileNewCaseEvents(db: WritableDB, caseId: string, events: readonly CaseEvent[]): CaseRecord {
  const parsed = events.map((e) => CaseEvent.parse(e));
  for (const e of parsed) {
    if (!appendEvent(db, e)) throw new Error(`A new case's event is already stored: ${e.id}`);
  }
  const record = foldCase(parsed);
  if (!record) throw new ApiError('not_found', { what: caseId });
  queueProjection(db, caseId);
  return record;
}

/** Writes a queued case's projection from its whole log: the fold its save returned, and anything since. */
export function projectQueuedCase(db: WritableDB, caseId: string): void {
  const folded = foldCase(eventsForCase(db, caseId));
  if (folded) {
    saveCaseRecord(db, folded);
    refreshCaseSla(db, folded);
  }
  projectionDone(db, caseId);
}
