import type { DB } from '../db';

/**
 * Fewer pages written per save (docs/decisions/0007). A save rewrites one leaf page of every
 * B-tree it touches, and the commit's cost grows with those pages:
 *  - `case_sla` becomes WITHOUT ROWID, so its rows and their key are one B-tree, not two;
 *  - its index on status goes (the wall counts open cases by status from `cases`' own), and the
 *    one on registration time also carries the committee and category, so the wall's intake,
 *    trend and hotspots are read from that index alone (an index on `cases` could not do this:
 *    SQLite reads a generated column from the row, never from an index);
 *  - the case list's indexes turn ascending: a new case's registration time is the largest, and
 *    SQLite appends at the right edge of a B-tree cheaply, while inserting at the left edge (as
 *    the descending ones did) splits pages and rewrites their neighbours. Scanned backwards they
 *    serve "newest first" as before.
 */
export function updateToSchemaVersion7(db: DB): void {
  db.exec(`
    CREATE TABLE case_sla_keyed (
      case_id TEXT PRIMARY KEY,
      number TEXT NOT NULL,
      status TEXT NOT NULL,
      open INTEGER NOT NULL CHECK (open IN (0, 1)),
      kind TEXT NOT NULL,
      urgency TEXT NOT NULL,
      category_id TEXT NOT NULL,
      committee_id TEXT NOT NULL,
      unit_id TEXT,
      dispatched_by TEXT,
      registered_at TEXT NOT NULL,
      policy_version INTEGER NOT NULL,
      next_clock TEXT,
      next_started_at TEXT,
      next_deadline TEXT,
      next_unit_id TEXT
    ) STRICT, WITHOUT ROWID;
    INSERT INTO case_sla_keyed
      SELECT case_id, number, status, open, kind, urgency, category_id, committee_id, unit_id, dispatched_by,
        registered_at, policy_version, next_clock, next_started_at, next_deadline, next_unit_id
      FROM case_sla ORDER BY case_id;
    DROP TABLE case_sla;
    ALTER TABLE case_sla_keyed RENAME TO case_sla;
    CREATE INDEX case_sla_board ON case_sla(open, next_deadline);
    CREATE INDEX case_sla_registered ON case_sla(registered_at, committee_id, category_id);

    DROP INDEX cases_registered;
    CREATE INDEX cases_registered ON cases(registered_at, id);
    DROP INDEX cases_status_registered;
    CREATE INDEX cases_status_registered ON cases(status, registered_at, id);
    DROP INDEX cases_unit_registered;
    CREATE INDEX cases_unit_registered ON cases(responsible_unit_id, registered_at, id);
  `);
}
