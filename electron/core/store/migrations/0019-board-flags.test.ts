import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate } from '../migrate';

it('fills the board marks of open cases from the cases already stored (version 19)', () => {
  const db = new Database(':memory:');
  migrate(db, 18);
  const stored = (id: string, flags: string[], open: boolean) => {
    db.prepare('INSERT INTO cases (id, number, status, registered_at, last_hlc, record) VALUES (?, ?, ?, ?, ?, ?)').run(
      id, `N-${id}`, open ? 'dispatched' : 'closed', '2026-11-26T00:00:00Z', '0', JSON.stringify({ id, flags }),
    );
    db.prepare(
      `INSERT INTO case_sla (case_id, number, status, open, kind, urgency, category_id, committee_id, registered_at, policy_version)
       VALUES (?, ?, ?, ?, 'help', 'normal', 'cat.meal', 'cmt.lvdi', '2026-11-26T00:00:00Z', 1)`,
    ).run(id, `N-${id}`, open ? 'dispatched' : 'closed', open ? 1 : 0);
  };
  stored('C1', ['group', 'legacy'], true);
  stored('C2', [], true);
  stored('C3', ['legacy'], false);
  migrate(db, 19);
  const flags = db.prepare('SELECT case_id, flags FROM case_sla ORDER BY case_id').all();
  expect(flags).toEqual([
    { case_id: 'C1', flags: 'group,legacy' },
    { case_id: 'C2', flags: '' },
    { case_id: 'C3', flags: '' },
  ]);
  db.close();
});
