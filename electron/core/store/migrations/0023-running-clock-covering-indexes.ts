import type { DB } from '../db';

/**
 * The two indexes of running clocks rebuilt so the wall reads them alone (docs/decisions/0044):
 *  - by deadline, now with the unit and `ended_at`: SQLite counts a partial index's entries without
 *    the table only when every column the WHERE names is in the index, the partial condition's
 *    `ended_at` too — the wall's overdue count fetched each running clock's row (37–63 ms at
 *    59,324 overdue) and its forecast by unit did the same;
 *  - by card level, highest first, then deadline: the wall's overdue list (red, yellow, then the
 *    longest overdue) is then the index's own order, stopped at the list's length, instead of every
 *    overdue clock sorted (46–73 ms). The supervision rounds' look-ups of one level keep their plan.
 */
export function updateToSchemaVersion23(db: DB): void {
  db.exec(`
    DROP INDEX case_clocks_running;
    CREATE INDEX case_clocks_running ON case_clocks(deadline, unit_id, ended_at) WHERE ended_at IS NULL;
    DROP INDEX case_clocks_running_card;
    CREATE INDEX case_clocks_running_card ON case_clocks(card_level DESC, deadline, ended_at) WHERE ended_at IS NULL;
  `);
}
