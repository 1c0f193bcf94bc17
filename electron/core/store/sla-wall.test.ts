import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { wallQueries, type WallWindow } from './sla-wall';

const window: WallWindow = {
  now: '2026-12-03T08:00:00.000Z',
  todayStart: '2026-12-02T16:00:00.000Z',
  horizon: '2026-12-03T10:00:00.000Z',
  weekStart: '2026-11-26T16:00:00.000Z',
  weekFromDay: '2026-11-27',
  rankingFromDay: '2026-11-03',
};

describe('the wall’s cards of today', () => {
  it('counts them all, while it lists only the latest', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare(
      `INSERT INTO case_sla (case_id, number, status, open, kind, urgency, category_id, committee_id, unit_id, registered_at, policy_version, next_deadline)
       VALUES ('C1', 'N1', 'dispatched', 1, 'help', 'normal', 'cat.meal', 'cmt.lvdi', 'unit.a', '2026-12-01T00:00:00Z', 1, NULL)`,
    ).run();
    const card = db.prepare(`INSERT INTO supervision_cards (case_id, clock, at, card, unit_id) VALUES ('C1', ?, ?, 'yellow', 'unit.a')`);
    for (let i = 0; i < 15; i++) card.run(`whistle:unit.${i}`, `2026-12-03T0${i % 8}:${String(i).padStart(2, '0')}:00.000Z`);
    // Yesterday's, in Shanghai: before 00:00 +08:00.
    card.run('accept', '2026-12-02T15:59:59.000Z');
    const q = wallQueries(db, window, 12);
    expect(q.cardsToday).toHaveLength(12);
    expect(q.cardsTodayCount).toBe(15);
    db.close();
  });
});
