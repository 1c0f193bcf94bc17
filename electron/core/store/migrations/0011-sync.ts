import type { DB } from '../db';

/**
 * What the sync worker keeps (docs/decisions/0010). The outbox is no table: it is this seat's own
 * events after `pushed_through` (an `events.seq` high-water mark), so a save writes no extra page.
 * `sync_state` is one row. Pulled items that fail validation, and pushed events the hub refused,
 * stay visible in `sync_quarantine`. Reference records sync last-writer-wins by HLC; every version
 * that arrived is kept in `reference_history`. `skewed_events` flags events this seat wrote while
 * its clock was more than five minutes off the hub's.
 */
export function updateToSchemaVersion11(db: DB): void {
  db.exec(`
    CREATE TABLE sync_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      hub_url TEXT,
      seat_id TEXT,
      seat_code TEXT,
      town_id TEXT,
      scope TEXT CHECK (scope IS NULL OR json_valid(scope)),
      cursor INTEGER NOT NULL DEFAULT 0,
      pushed_through INTEGER NOT NULL DEFAULT 0,
      last_success_at TEXT,
      last_failure_at TEXT,
      last_error TEXT,
      offline_since TEXT,
      skew_ms INTEGER
    ) STRICT;
    INSERT INTO sync_state (id) VALUES (1);

    CREATE TABLE sync_quarantine (
      id INTEGER PRIMARY KEY,
      direction TEXT NOT NULL CHECK (direction IN ('pull', 'push')),
      hub_seq INTEGER,
      event_id TEXT,
      reason TEXT NOT NULL,
      detail TEXT NOT NULL,
      item TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE reference_records (
      kind TEXT NOT NULL,
      id TEXT NOT NULL,
      hlc TEXT NOT NULL,
      data TEXT CHECK (data IS NULL OR json_valid(data)),
      PRIMARY KEY (kind, id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE reference_history (
      kind TEXT NOT NULL,
      id TEXT NOT NULL,
      hlc TEXT NOT NULL,
      data TEXT CHECK (data IS NULL OR json_valid(data)),
      PRIMARY KEY (kind, id, hlc)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE skewed_events (event_id TEXT PRIMARY KEY, skew_ms INTEGER NOT NULL) STRICT, WITHOUT ROWID;
  `);
}
