import { monotonicFactory } from 'ulid';
import { formatCaseNumber, shanghaiDay } from '../../../shared/case/case-number';
import type { CaseEvent } from '../../../shared/case/events';
import { generateDemoCases, type DemoCase } from '../../../shared/demo/generator';
import { parseHlc } from '../../../shared/sync/hlc';
import { suggestResponsibleUnit } from '../../../shared/reference/routing';
import { commitCaseEvents } from '../cases/commit';
import { createHlcSource } from '../cases/hlc-source';
import { writeTransaction, type DB } from '../store/db';
import { latestHlc } from '../store/events';
import { getMeta } from '../store/meta';
import { listCategories, listRoutingRules } from '../store/reference';
import { nextCaseSequence } from '../store/sequences';
import { listUsers } from '../store/users';

export interface SeedCasesOptions {
  readonly count: number;
  readonly seed: number;
  /** Cases per transaction: big, so a million load in minutes, yet each commit stays bounded. */
  readonly batch?: number;
  /** Share of cases dispatched to the unit the routing rules suggest, as most are. */
  readonly dispatchedShare?: number;
  readonly onProgress?: (done: number) => void;
}

const DAY = 24 * 3600_000;
/** One year of calls ends now, or the day after the newest stored event, so clocks only move forward. */
const period = 365 * DAY;

/**
 * Bulk-loads generated demo cases through the real event path (events appended, projection
 * folded, search indexes kept by their triggers) in big transactions, for benchmarks and demos.
 */
export function seedDemoCases(db: DB, options: SeedCasesOptions): number {
  const { count, seed, batch = 10_000, dispatchedShare = 0.85 } = options;
  const seatId = getMeta(db, 'seat.code') ?? 'GH01';
  const operator = listUsers(db).find((u) => u.role === 'operator');
  if (!operator) throw new Error('The store has no operator to file the demo cases: seed the demo town first.');
  const rules = listRoutingRules(db);
  const parentOf = new Map(listCategories(db).map((c) => [c.id, c.parentId]));
  const stored = latestHlc(db);
  const from = Math.max(Date.now() - period, stored ? parseHlc(stored).wallMs + 1 : 0);
  const to = Math.max(Date.now(), from + DAY);
  let wall = from;
  const hlc = createHlcSource(seatId, stored, () => wall);
  const newId = monotonicFactory();
  const cases = generateDemoCases({ count, seed, from: new Date(from), to: new Date(to) });
  // A second, independent stream decides dispatch, so the case stream stays the generator's own.
  let dispatchDraw = seed >>> 0;
  const dispatched = () => {
    dispatchDraw = (Math.imul(dispatchDraw, 1664525) + 1013904223) >>> 0;
    return dispatchDraw / 2 ** 32 < dispatchedShare;
  };

  let done = 0;
  const fileBatch = writeTransaction(db, (tx, slice: readonly DemoCase[]) => {
    for (const c of slice) {
      wall = Date.parse(c.registeredAt);
      const caseId = newId(wall);
      const envelope = { caseId, seatId, actorId: operator.id };
      const day = shanghaiDay(new Date(wall));
      const events: CaseEvent[] = [
        {
          ...envelope,
          id: newId(wall),
          hlc: hlc.next(),
          type: 'case.registered',
          payload: {
            ...c,
            caller: { ...c.caller },
            number: formatCaseNumber(seatId, day, nextCaseSequence(tx, seatId, day)),
            filedOffline: false,
          },
        },
      ];
      const unitId = suggestResponsibleUnit(rules, parentOf, c.categoryId, c.committeeId);
      if (unitId !== null && dispatched()) {
        events.push({ ...envelope, id: newId(wall), hlc: hlc.next(), type: 'case.dispatched', payload: { unitId, note: '' } });
      }
      commitCaseEvents(tx, caseId, events);
    }
  });
  let slice: DemoCase[] = [];
  for (const c of cases) {
    slice.push(c);
    if (slice.length === batch) {
      fileBatch.immediate(slice);
      done += slice.length;
      options.onProgress?.(done);
      slice = [];
    }
  }
  if (slice.length > 0) {
    fileBatch.immediate(slice);
    done += slice.length;
    options.onProgress?.(done);
  }
  return done;
}
