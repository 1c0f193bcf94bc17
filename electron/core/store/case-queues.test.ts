import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inboxItem } from '../../../shared/case/inbox-item';
import type { CaseRecord } from '../../../shared/case/record';
import { moveArb, play, playMoves } from '../../../tests/support/play-case';
import { testUlid } from '../../../tests/support/ids';
import { casesAwaitingCallback, casesForSupervisor, openCasesInView, QUEUE_LIMIT } from './case-queues';
import { saveCaseRecord } from './cases';
import { openTempStore } from '../../../tests/support/temp-store';
import { writeTransaction, type DB } from './db';

let temp: ReturnType<typeof openTempStore>;
let db: DB;
beforeEach(() => {
  temp = openTempStore('queues');
  db = temp.db;
});
afterEach(() => temp.remove());

const town = { scope: 'town' } as const;
let serial = 0;
function store(record: CaseRecord): CaseRecord {
  serial++;
  const stored = { ...record, id: testUlid(serial, '01JN'), number: `GH01-20251124-${serial}` };
  writeTransaction(db, (tx) => saveCaseRecord(tx, stored))();
  return stored;
}
const byWait = (since: (c: CaseRecord) => string) => (a: CaseRecord, b: CaseRecord) =>
  since(a).localeCompare(since(b)) || a.registeredAt.localeCompare(b.registeredAt) || a.id.localeCompare(b.id);

describe('the work queues', () => {
  it('order the supervisor’s inbox by how long each case has waited for it, as the inbox reads it', () => {
    fc.assert(
      fc.property(fc.array(fc.array(moveArb, { maxLength: 25 }), { minLength: 1, maxLength: 12 }), (plays) => {
        db.exec('DELETE FROM case_units; DELETE FROM cases;');
        const stored = plays.map((steps) => store(playMoves(steps).record));
        const flagged = stored.filter((c) => c.needsSupervisor).sort(byWait((c) => inboxItem(c).since));
        expect(casesForSupervisor(db, town).map((c) => c.id)).toEqual(flagged.map((c) => c.id));
        const replied = stored.filter((c) => c.status === 'replied').sort((a, b) => (a.reply?.at ?? '').localeCompare(b.reply?.at ?? '') || a.id.localeCompare(b.id));
        expect(casesAwaitingCallback(db, town).map((c) => c.id)).toEqual(replied.map((c) => c.id));
      }),
      { seed: 30, numRuns: 40 },
    );
  });

  it('cut a unit’s queue at the cases that have waited longest since dispatch, not the first filed', () => {
    const base = play([{ type: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } }]).record;
    const at = (ms: number) => new Date(Date.parse(base.registeredAt) + ms).toISOString();
    const count = QUEUE_LIMIT + 20;
    // Filed in one order, dispatched in the reverse: the queue follows the dispatch.
    const cases = Array.from({ length: count }, (_, i) => store({ ...base, registeredAt: at(i * 1000), clockStartedAt: at((count - i) * 60_000) }));
    const queue = openCasesInView(db, { scope: 'unit', unitId: 'unit.a' });
    expect(queue).toHaveLength(QUEUE_LIMIT);
    expect(queue[0]?.id).toBe(cases.at(-1)?.id);
    expect(queue.map((c) => c.clockStartedAt)).toEqual([...queue.map((c) => c.clockStartedAt)].sort());
  });
});
