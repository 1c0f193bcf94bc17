import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockKinds } from '../../../shared/sla/case-clocks';
import { shanghaiDayStart } from '../../../shared/sla/day';
import { endClockRow, saveClockRow, type ClockRow } from './case-sla';
import { openDatabase, writeTransaction, type DB } from './db';
import { migrate } from './migrate';
import { keptReplyClockDays, recountedReplyClockDays, recountReplyClockDays, repliesByDay, unitReplyRanking } from './reply-clock-days';

const hour = 3_600_000;
const t0 = Date.parse('2026-11-01T00:00:00Z');
const iso = (hours: number) => new Date(t0 + hours * hour).toISOString();

/** What the wall counted before the kept counts: a scan of every ended reply or rework clock. */
const scannedRanking = (db: DB, fromDay: string) =>
  db
    .prepare(
      `SELECT unit_id AS unitId, count(*) AS total, sum(ended_at <= deadline) AS onTime FROM case_clocks
       WHERE kind IN ('reply', 'rework') AND ended_at IS NOT NULL AND ended_at >= ? AND unit_id IS NOT NULL GROUP BY unit_id ORDER BY unit_id`,
    )
    .all(shanghaiDayStart(fromDay).toISOString());
const scannedByDay = (db: DB, fromDay: string) =>
  db
    .prepare(
      `SELECT substr(datetime(ended_at, '+8 hours'), 1, 10) AS day, count(*) AS n, sum(ended_at > deadline) AS late FROM case_clocks
       WHERE kind IN ('reply', 'rework') AND ended_at IS NOT NULL AND ended_at >= ? GROUP BY day ORDER BY day`,
    )
    .all(shanghaiDayStart(fromDay).toISOString());

/** One write a projector makes to a clock: a save (new, or a refold moving its unit, deadline or end) or an end. */
const writeArb = fc.record({
  caseN: fc.integer({ min: 0, max: 5 }),
  clockN: fc.integer({ min: 0, max: 2 }),
  kind: fc.constantFrom(...clockKinds),
  unitId: fc.constantFrom(null, 'unit.a', 'unit.b'),
  startHour: fc.integer({ min: 0, max: 3 }),
  deadlineHour: fc.integer({ min: 0, max: 20 * 24 }),
  endHour: fc.option(fc.integer({ min: 0, max: 20 * 24 }), { nil: null }),
  endOnly: fc.boolean(),
});
type Write = typeof writeArb extends fc.Arbitrary<infer W> ? W : never;

function play(db: DB, writes: readonly Write[]): void {
  const kinds = new Map<string, ClockRow['kind']>();
  writeTransaction(db, () => {
    for (const w of writes) {
      const caseId = `C${w.caseN}`;
      const clock = `clock${w.clockN}`;
      const startedAt = iso(w.startHour);
      const key = `${caseId}/${clock}/${startedAt}`;
      // A stored clock keeps its kind; a refold changes the rest.
      const kind = kinds.get(key) ?? w.kind;
      if (w.endOnly && kinds.has(key)) {
        endClockRow(db, caseId, clock, startedAt, iso(w.endHour ?? w.deadlineHour));
        continue;
      }
      kinds.set(key, kind);
      const deadline = iso(w.deadlineHour);
      const endedAt = w.endHour === null ? null : iso(w.endHour);
      saveClockRow(db, { caseId, clock, startedAt, kind, unitId: w.unitId, deadline, warnAt: deadline, redAfter: deadline, endedAt, cardLevel: 0, cardAt: null });
    }
  })();
}

describe('the replies kept per day and unit', () => {
  it('equal a full recount of the clocks after any sequence of saves, refolds and ends, and give the wall what a scan gave', () => {
    fc.assert(
      fc.property(fc.array(writeArb, { maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (writes, fromDayN) => {
        const db = openDatabase(':memory:');
        try {
          play(db, writes);
          expect(keptReplyClockDays(db)).toEqual(recountedReplyClockDays(db));
          const fromDay = iso(fromDayN * 24).slice(0, 10);
          const sortedByUnit = [...unitReplyRanking(db, fromDay)].sort((a, b) => a.unitId.localeCompare(b.unitId));
          expect(sortedByUnit).toEqual(scannedRanking(db, fromDay));
          expect(repliesByDay(db, fromDay)).toEqual(scannedByDay(db, fromDay));
        } finally {
          db.close();
        }
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('are counted from the clocks already stored when the table arrives (version 16)', () => {
    const db = new Database(':memory:');
    migrate(db, 14);
    const row = (caseId: string, kind: string, unitId: string | null, deadline: string, endedAt: string | null) =>
      db
        .prepare(
          'INSERT INTO case_clocks (case_id, clock, started_at, kind, unit_id, deadline, warn_at, red_after, ended_at, card_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)',
        )
        .run(caseId, kind, '2026-11-20T00:00:00Z', kind, unitId, deadline, deadline, deadline, endedAt);
    // Ended on the 25th in Shanghai (16:30 UTC on the 24th), one on time and one late; one not ended; one other kind.
    row('C1', 'reply', 'unit.a', '2026-11-25T00:00:00.000Z', '2026-11-24T16:30:00.000Z');
    row('C2', 'rework', 'unit.a', '2026-11-24T10:00:00.000Z', '2026-11-24T16:30:00.000Z');
    row('C3', 'reply', null, '2026-11-25T00:00:00.000Z', '2026-11-24T10:00:00.000Z');
    row('C4', 'reply', 'unit.b', '2026-11-25T00:00:00.000Z', null);
    row('C5', 'accept', 'unit.b', '2026-11-25T00:00:00.000Z', '2026-11-24T10:00:00.000Z');
    migrate(db, 16);
    expect(keptReplyClockDays(db)).toEqual([
      { day: '2026-11-24', unitId: '', replies: 1, late: 0 },
      { day: '2026-11-25', unitId: 'unit.a', replies: 2, late: 1 },
    ]);
    expect(keptReplyClockDays(db)).toEqual(recountedReplyClockDays(db));
    db.close();
  });

  it('are counted again from the clocks when they drifted', () => {
    const db = openDatabase(':memory:');
    play(db, [{ caseN: 1, clockN: 0, kind: 'reply', unitId: 'unit.a', startHour: 0, deadlineHour: 10, endHour: 12, endOnly: false }]);
    db.prepare("UPDATE reply_clock_days SET replies = 7, late = 0").run();
    expect(keptReplyClockDays(db)).not.toEqual(recountedReplyClockDays(db));
    writeTransaction(db, recountReplyClockDays)();
    expect(keptReplyClockDays(db)).toEqual([{ day: '2026-11-01', unitId: 'unit.a', replies: 1, late: 1 }]);
    db.close();
  });
});
