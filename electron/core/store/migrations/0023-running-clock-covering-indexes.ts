import type { DB } from '../db';

/**
 * The index of running clocks by card level rebuilt so the wall reads it alone (docs/decisions/0044):
 * highest level first, then deadline, with the unit and `ended_at`. The wall's overdue list (red,
 * yellow, then the longest overdue) is then the index's own order, stopped at the list's length,
 * instead of every overdue clock fetched and sorted (46–73 ms at 59,324 overdue). Its count is read
 * from the entries alone: SQLite skips the table only when every column the WHERE names is in the
 * index, the partial condition's `ended_at` too — the count by deadline fetched each overdue
 * clock's row (37–63 ms). The supervision rounds' look-ups of one level keep their plan. One index,
 * so the upgrade reads the table of clocks once.
 */
export function updateToSchemaVersion23(db: DB): void {
  db.exec(`
    DROP INDEX case_clocks_running_card;
    CREATE INDEX case_clocks_running_card ON case_clocks(card_level DESC, deadline, unit_id, ended_at) WHERE ended_at IS NULL;
  `);
}
