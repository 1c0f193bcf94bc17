import type { DB } from '../db';

/**
 * Reference edits made at this seat (SLA policies, calendar, knowledge, synonyms, assessment
 * rules) wait in `reference_outbox` until the hub has acknowledged or refused them, as events
 * wait past `pushed_through`: a row a record version, written in the edit's own transaction.
 * `sync_state.admin` keeps what the hub granted at enrollment: only an admin seat pushes them.
 */
export function updateToSchemaVersion18(db: DB): void {
  db.exec(`
    CREATE TABLE reference_outbox (
      seq INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      id TEXT NOT NULL,
      hlc TEXT NOT NULL,
      data TEXT CHECK (data IS NULL OR json_valid(data))
    ) STRICT;
    ALTER TABLE sync_state ADD COLUMN admin INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1));
  `);
}
