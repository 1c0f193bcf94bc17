import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { clocksDueACard } from '../case-sla';
import { migrate } from '../migrate';
import { wallQueries, type WallWindow } from '../sla-wall';

const window: WallWindow = {
  now: '2026-11-30T12:00:00.000Z',
  todayStart: '2026-11-29T16:00:00.000Z',
  horizon: '2026-11-30T14:00:00.000Z',
  weekStart: '2026-11-23T16:00:00.000Z',
  weekFromDay: '2026-11-24',
  rankingFromDay: '2026-10-31',
};

function storeAt22(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, 22);
  const sla = db.prepare(
    `INSERT INTO case_sla (case_id, number, status, open, kind, urgency, category_id, committee_id, unit_id, registered_at, policy_version, next_deadline)
     VALUES (?, ?, 'dispatched', 1, 'help', 'normal', 'cat.meal', 'cmt.lvdi', ?, '2026-11-01T00:00:00Z', 1, NULL)`,
  );
  const kase = db.prepare(`INSERT INTO cases (id, number, status, registered_at, last_hlc, record) VALUES (?, ?, 'dispatched', '2026-11-01T00:00:00Z', '0', ?)`);
  const clock = db.prepare(
    `INSERT INTO case_clocks (case_id, clock, started_at, kind, unit_id, deadline, warn_at, red_after, ended_at, card_level, card_at)
     VALUES (?, 'accept', '2026-11-01T00:00:00Z', 'accept', ?, ?, ?, '2026-12-31T00:00:00Z', ?, ?, ?)`,
  );
  // Overdue with no card (two, the older first), yellow, red, ended, due within the horizon, not yet due.
  const clocks: [string, string, string, string | null, number][] = [
    ['C1', 'unit.a', '2026-11-29T00:00:00Z', null, 0],
    ['C2', 'unit.b', '2026-11-28T00:00:00Z', null, 0],
    ['C3', 'unit.a', '2026-11-30T11:00:00Z', null, 1],
    ['C4', 'unit.b', '2026-11-30T11:30:00Z', null, 2],
    ['C5', 'unit.a', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', 0],
    ['C6', 'unit.b', '2026-11-30T13:00:00Z', null, 0],
    ['C7', 'unit.a', '2026-12-09T00:00:00Z', null, 0],
  ];
  for (const [id, unit, deadline, endedAt, level] of clocks) {
    sla.run(id, `N${id}`, unit);
    kase.run(id, `N${id}`, JSON.stringify({ caller: { name: `名${id}`, phone: '+8613800138000' } }));
    clock.run(id, unit, deadline, deadline, endedAt, level, level > 0 ? '2026-11-30T11:45:00Z' : null);
  }
  return db;
}

const wallLists = (db: Database.Database) => {
  const q = wallQueries(db, window, 12);
  return {
    overdue: q.overdue.map((r) => `${r.caseId}/${r.cardLevel}`),
    overdueCount: q.overdueCount,
    soon: q.breachingSoon.map((r) => r.caseId),
    forecast: q.forecast,
    due: clocksDueACard(db, window.now, 10).map((c) => c.caseId),
  };
};

const plan = (db: Database.Database, sql: string) =>
  db
    .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((r) => r.detail)
    .join(' | ');

describe('the running clocks read from their indexes alone (version 23)', () => {
  it('upgrades a store at version 22 without changing what the wall lists and counts or which clocks are due a card', () => {
    const db = storeAt22();
    const before = wallLists(db);
    expect(before).toEqual({
      overdue: ['C4/2', 'C3/1', 'C2/0', 'C1/0'],
      overdueCount: 4,
      soon: ['C6'],
      forecast: [{ unitId: 'unit.b', count: 1 }],
      due: ['C2', 'C1'],
    });
    migrate(db, 23);
    expect(wallLists(db)).toEqual(before);
    db.close();
  });

  it('counts the overdue clocks and lists the worst of them without reading each clock or sorting them all', () => {
    const db = new Database(':memory:');
    migrate(db);
    const now = "'2026-11-30T12:00:00Z'";
    expect(
      plan(db, `SELECT count(*) FROM case_clocks INDEXED BY case_clocks_running_card WHERE ended_at IS NULL AND deadline < ${now}`),
    ).toMatch(/COVERING INDEX case_clocks_running_card/);
    const list = plan(
      db,
      `SELECT c.case_id FROM case_clocks c JOIN case_sla s ON s.case_id = c.case_id
       WHERE c.ended_at IS NULL AND c.deadline < ${now} ORDER BY c.card_level DESC, c.deadline LIMIT 12`,
    );
    expect(list).toMatch(/case_clocks_running_card/);
    expect(list).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
