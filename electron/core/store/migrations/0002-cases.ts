import type { DB } from '../db';

/**
 * Cases as events plus a projection. The events table is the truth (append only); `cases` is
 * the fold of each case's events with the columns lists filter and sort on, and the whole
 * record as JSON so the fold can grow without a migration per field.
 */
export function updateToSchemaVersion2(db: DB): void {
  db.exec(`
    CREATE TABLE events (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      case_id TEXT NOT NULL,
      seat_id TEXT NOT NULL,
      hlc TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      type TEXT NOT NULL,
      payload TEXT NOT NULL CHECK (json_valid(payload))
    ) STRICT;
    CREATE INDEX events_case ON events(case_id, hlc, id);

    CREATE TABLE cases (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL,
      responsible_unit_id TEXT,
      registered_at TEXT NOT NULL,
      last_hlc TEXT NOT NULL,
      record TEXT NOT NULL CHECK (json_valid(record))
    ) STRICT;
    CREATE INDEX cases_registered ON cases(registered_at DESC, id DESC);
    CREATE INDEX cases_status_registered ON cases(status, registered_at DESC, id DESC);
    CREATE INDEX cases_unit_registered ON cases(responsible_unit_id, registered_at DESC, id DESC);

    CREATE TABLE seat_sequences (
      seat_id TEXT NOT NULL,
      day TEXT NOT NULL,
      last_sequence INTEGER NOT NULL,
      PRIMARY KEY (seat_id, day)
    ) STRICT, WITHOUT ROWID;
  `);
}
