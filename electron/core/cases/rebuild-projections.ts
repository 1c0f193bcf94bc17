import { foldCase } from '../../../shared/case/fold';
import { refreshCaseSla } from '../sla/refresh-case-sla';
import { writeTransaction, type DB } from '../store/db';
import { getCaseRecord, listCaseIds, saveCaseRecord } from '../store/cases';
import { allCaseIds, eventsForCase } from '../store/events';
import { queuedProjections } from '../store/projection-queue';
import { keptReplyClockDays, recountedReplyClockDays, recountReplyClockDays } from '../store/reply-clock-days';
import { projectQueuedCase } from './commit';

export interface RebuildReport {
  readonly checked: number;
  /** Cases whose stored projection differed from the fold of their events (or had no events). */
  readonly mismatched: readonly string[];
  readonly rewritten: number;
  /** Filed cases whose projection was still queued (a seat stopped just after saving): written with `write`. */
  readonly pending: number;
  /** Whether the replies kept per day and unit differed from a recount of the clocks (then counted again, with `write`). */
  readonly countsDiffered: boolean;
}

/**
 * Refolds every case from its events and compares with the stored projection. With `write`, a
 * differing projection is replaced, and a queued one written, all in one transaction; without,
 * it only reports.
 */
export function rebuildProjections(store: DB, options: { write: boolean }): RebuildReport {
  return writeTransaction(store, (db) => {
    const mismatched: string[] = [];
    let rewritten = 0;
    const withEvents = allCaseIds(db);
    const queued = new Set(queuedProjections(db, -1));
    for (const id of withEvents) {
      if (queued.has(id)) {
        if (options.write) projectQueuedCase(db, id);
        continue;
      }
      const folded = foldCase(eventsForCase(db, id));
      const stored = getCaseRecord(db, id);
      if (folded && JSON.stringify(folded) === JSON.stringify(stored)) continue;
      mismatched.push(id);
      if (options.write && folded) {
        saveCaseRecord(db, folded);
        refreshCaseSla(db, folded);
        rewritten++;
      }
    }
    const known = new Set(withEvents);
    mismatched.push(...listCaseIds(db).filter((id) => !known.has(id)));
    const countsDiffered = JSON.stringify(keptReplyClockDays(db)) !== JSON.stringify(recountedReplyClockDays(db));
    if (options.write && countsDiffered) recountReplyClockDays(db);
    return { checked: withEvents.length, mismatched, rewritten, pending: queued.size, countsDiffered };
  }).immediate();
}
