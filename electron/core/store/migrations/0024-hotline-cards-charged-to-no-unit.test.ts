import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';

function storeAt23(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, 23);
  const clock = db.prepare(
    `INSERT INTO case_clocks (case_id, clock, started_at, kind, unit_id, deadline, warn_at, red_after, ended_at, card_level, card_at)
     VALUES ('C1', ?, ?, ?, ?, '2026-11-02T00:00:00Z', '2026-11-01T20:00:00Z', '2026-11-03T00:00:00Z', NULL, 1, NULL)`,
  );
  clock.run('accept', '2026-11-01T00:00:00Z', 'accept', 'unit.zhucan');
  clock.run('returnRuling', '2026-11-01T02:00:00Z', 'returnRuling', null);
  clock.run('callback', '2026-11-05T00:00:00Z', 'callback', null);
  // As the old refresh wrote them: every card on the case's unit.
  const card = db.prepare(`INSERT INTO supervision_cards (case_id, clock, at, card, unit_id) VALUES ('C1', ?, ?, ?, 'unit.zhucan')`);
  card.run('accept', '2026-11-02T01:00:00Z', 'yellow');
  card.run('returnRuling', '2026-11-03T01:00:00Z', 'red');
  card.run('callback', '2026-11-07T01:00:00Z', 'yellow');
  card.run('manual', '2026-11-04T01:00:00Z', 'yellow');
  return db;
}

const charged = (db: Database.Database) =>
  db
    .prepare<[], { clock: string; unit_id: string | null }>('SELECT clock, unit_id FROM supervision_cards ORDER BY at')
    .all()
    .map((r) => `${r.clock} ${r.unit_id ?? 'hotline'}`);

describe('cards of the hotline’s own clocks charged to no unit (version 24)', () => {
  it('upgrades a store at version 23: a ruling’s and a callback’s card leave the unit, its own and a supervisor’s stay', () => {
    const db = storeAt23();
    migrate(db, 24);
    expect(charged(db)).toEqual(['accept unit.zhucan', 'returnRuling hotline', 'manual unit.zhucan', 'callback hotline']);
    db.close();
  });

  it('builds from empty', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(24);
    db.close();
  });
});
