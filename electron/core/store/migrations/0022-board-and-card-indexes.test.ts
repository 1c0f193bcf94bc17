import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { boardRows, clocksDueACard } from '../case-sla';
import { migrate } from '../migrate';

const now = '2026-11-30T12:00:00.000Z';
const town = { viewerUnitId: null, unitId: null, committeeId: null, categoryId: null, urgency: null };

function storeAt21(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, 21);
  const sla = db.prepare(
    `INSERT INTO case_sla (case_id, number, status, open, kind, urgency, category_id, committee_id, unit_id, registered_at, policy_version, next_deadline)
     VALUES (?, ?, ?, ?, 'help', 'normal', 'cat.meal', 'cmt.lvdi', ?, '2026-11-01T00:00:00Z', 1, ?)`,
  );
  sla.run('C1', 'N1', 'dispatched', 1, 'unit.a', '2026-11-02T00:00:00Z');
  sla.run('C2', 'N2', 'accepted', 1, 'unit.b', '2026-11-03T00:00:00Z');
  sla.run('C3', 'N3', 'dispatched', 1, 'unit.a', '2026-12-09T00:00:00Z');
  sla.run('C4', 'N4', 'closed', 0, 'unit.a', null);
  const clock = db.prepare(
    `INSERT INTO case_clocks (case_id, clock, started_at, kind, unit_id, deadline, warn_at, red_after, ended_at, card_level, card_at)
     VALUES (?, ?, '2026-11-01T00:00:00Z', 'accept', 'unit.a', ?, ?, ?, ?, ?, ?)`,
  );
  // Overdue without a card; yellow and overdue by its whole limit; yellow, not yet red; red; ended; not yet due.
  clock.run('C1', 'accept', '2026-11-02T00:00:00Z', '2026-11-01T12:00:00Z', '2026-11-03T00:00:00Z', null, 0, null);
  clock.run('C2', 'accept', '2026-11-03T00:00:00Z', '2026-11-02T12:00:00Z', '2026-11-04T00:00:00Z', null, 1, '2026-11-03T01:00:00Z');
  clock.run('C3', 'accept', '2026-11-29T00:00:00Z', '2026-11-28T12:00:00Z', '2026-12-30T00:00:00Z', null, 1, '2026-11-29T01:00:00Z');
  clock.run('C1', 'contact', '2026-11-01T06:00:00Z', '2026-11-01T03:00:00Z', '2026-11-01T12:00:00Z', null, 2, '2026-11-01T13:00:00Z');
  clock.run('C4', 'accept', '2026-11-02T00:00:00Z', '2026-11-01T12:00:00Z', '2026-11-03T00:00:00Z', '2026-11-05T00:00:00Z', 0, null);
  clock.run('C3', 'contact', '2026-12-09T00:00:00Z', '2026-12-08T00:00:00Z', '2026-12-10T00:00:00Z', null, 0, null);
  return db;
}

const due = (db: Database.Database) => clocksDueACard(db, now, 10).map((c) => `${c.caseId}/${c.clock}`);
const indexes = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('case_clocks_running_card', 'case_sla_open_filters') ORDER BY name")
    .all()
    .map((r) => r.name);

describe('the board and card indexes (version 22)', () => {
  it('upgrades a store at version 21 without changing which clocks are due a card or what the board counts', () => {
    const db = storeAt21();
    const before = { due: due(db), total: boardRows(db, town, 1).total, ofUnitA: boardRows(db, { ...town, unitId: 'unit.a' }, 1).total };
    expect(before).toEqual({ due: ['C1/accept', 'C2/accept'], total: 3, ofUnitA: 2 });
    migrate(db, 22);
    expect(indexes(db)).toEqual(['case_clocks_running_card', 'case_sla_open_filters']);
    expect({ due: due(db), total: boardRows(db, town, 1).total, ofUnitA: boardRows(db, { ...town, unitId: 'unit.a' }, 1).total }).toEqual(before);
    db.close();
  });

  it('builds both from empty', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(indexes(db)).toEqual(['case_clocks_running_card', 'case_sla_open_filters']);
    expect(due(db)).toEqual([]);
    db.close();
  });
});
