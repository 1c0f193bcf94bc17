import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldCase } from '../../../shared/case/fold';
import type { CaseRecord } from '../../../shared/case/record';
import { maySeeCase, type Viewer } from '../../../shared/case/visibility';
import { moveArb, play, playMoves } from '../../../tests/support/play-case';
import { testUlid } from '../../../tests/support/ids';
import { caseIdsInView } from './case-units';
import { listCaseRecords, saveCaseRecord } from './cases';
import { openTempStore } from '../../../tests/support/temp-store';
import { writeTransaction, type DB } from './db';

let store: ReturnType<typeof openTempStore>;
let db: DB;
beforeAll(() => {
  store = openTempStore('units');
  db = store.db;
});
afterAll(() => store.remove());

const viewers: Viewer[] = [
  { scope: 'town' },
  { scope: 'unit', unitId: 'unit.a' },
  { scope: 'unit', unitId: 'unit.b' },
  { scope: 'unit', unitId: 'unit.c' },
  { scope: 'unit', unitId: '' },
];

/** Played cases under their own ids, so many can be stored side by side. */
function storedCases(histories: readonly CaseRecord[][], round: number): CaseRecord[] {
  return histories.map((history, i) => {
    const id = testUlid(round * 100 + i + 1, '01JM');
    const record = { ...(history.at(-1) ?? history[0]), id, number: `GH01-20251124-${round}-${i}` } as CaseRecord;
    // Every intermediate projection is saved first: the index must follow the case, never lag it.
    writeTransaction(db, (tx) => {
      for (const step of history) saveCaseRecord(tx, { ...step, id, number: record.number });
    })();
    return record;
  });
}

let round = 0;

describe('the store’s visibility predicate', () => {
  it('answers as the shared rule does, for every viewer and every case the state machine can make', () => {
    fc.assert(
      fc.property(fc.array(fc.array(moveArb, { maxLength: 25 }), { minLength: 1, maxLength: 6 }), (plays) => {
        round++;
        const cases = storedCases(plays.map((steps) => playMoves(steps).history), round);
        const ids = cases.map((c) => c.id);
        for (const viewer of viewers) {
          expect(caseIdsInView(db, viewer, ids)).toEqual(cases.filter((c) => maySeeCase(viewer, c)).map((c) => c.id));
          const listed = new Set(listCaseRecords(db, { status: null, viewer, offset: 0, limit: 10_000 }).items.map((c) => c.id));
          expect(ids.filter((id) => listed.has(id))).toEqual(cases.filter((c) => maySeeCase(viewer, c)).map((c) => c.id));
        }
      }),
      { seed: 20, numRuns: 60 },
    );
  });

  it('takes a unit out when a refold no longer involves it', () => {
    const dispatched = play([{ type: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } }]);
    const registered = foldCase(dispatched.events.slice(0, 1));
    if (!registered) throw new Error('registration folds');
    const save = writeTransaction(db, saveCaseRecord);
    save(dispatched.record);
    expect(caseIdsInView(db, { scope: 'unit', unitId: 'unit.a' }, [dispatched.record.id])).toEqual([dispatched.record.id]);
    save(registered);
    expect(caseIdsInView(db, { scope: 'unit', unitId: 'unit.a' }, [dispatched.record.id])).toEqual([]);
  });
});
