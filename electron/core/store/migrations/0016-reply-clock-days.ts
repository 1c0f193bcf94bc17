import type { DB } from '../db';

/**
 * The wall ranks units over 30 days and draws 7 days of replies; counting those from `case_clocks`
 * read ~40,000 clock rows per refresh at a million cases (most of the refresh). This keeps the
 * count per Asia/Shanghai day and unit: replies and reworks that ended, and how many of them late.
 * Triggers on `case_clocks` keep it, so every writer (projector, refold, rebuild) moves it in
 * the same statement as the clock; filled here from the clocks already stored.
 * `unit_id` is '' for a clock charged to no unit (a key column cannot hold NULL usefully).
 */
export function updateToSchemaVersion16(db: DB): void {
  const counted = (row: 'NEW' | 'OLD') => `${row}.kind IN ('reply', 'rework') AND ${row}.ended_at IS NOT NULL`;
  const day = (row: 'NEW' | 'OLD') => `substr(datetime(${row}.ended_at, '+8 hours'), 1, 10)`;
  const add = `INSERT INTO reply_clock_days (day, unit_id, replies, late)
      SELECT ${day('NEW')}, coalesce(NEW.unit_id, ''), 1, NEW.ended_at > NEW.deadline WHERE ${counted('NEW')}
      ON CONFLICT (day, unit_id) DO UPDATE SET replies = replies + 1, late = late + excluded.late;`;
  const take = `UPDATE reply_clock_days SET replies = replies - 1, late = late - (OLD.ended_at > OLD.deadline)
      WHERE ${counted('OLD')} AND day = ${day('OLD')} AND unit_id = coalesce(OLD.unit_id, '');`;
  db.exec(`
    CREATE TABLE reply_clock_days (
      day TEXT NOT NULL,
      unit_id TEXT NOT NULL,
      replies INTEGER NOT NULL,
      late INTEGER NOT NULL,
      PRIMARY KEY (day, unit_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER reply_clock_days_insert AFTER INSERT ON case_clocks BEGIN ${add} END;
    CREATE TRIGGER reply_clock_days_update AFTER UPDATE OF kind, unit_id, deadline, ended_at ON case_clocks BEGIN ${take} ${add} END;
    CREATE TRIGGER reply_clock_days_delete AFTER DELETE ON case_clocks BEGIN ${take} END;

    INSERT INTO reply_clock_days (day, unit_id, replies, late)
      SELECT substr(datetime(ended_at, '+8 hours'), 1, 10), coalesce(unit_id, ''), count(*), sum(ended_at > deadline)
      FROM case_clocks WHERE kind IN ('reply', 'rework') AND ended_at IS NOT NULL GROUP BY 1, 2;
  `);
}
