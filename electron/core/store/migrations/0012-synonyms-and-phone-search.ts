import type { DB } from '../db';

/**
 * The admin's synonym list (违建 → 违章搭建), read by search and the duplicate check; reference
 * data, last writer wins per group. And search learns the caller's number: every stored case is
 * queued for the indexer once, which writes the number into the name column (search-index.ts).
 */
export function updateToSchemaVersion12(db: DB): void {
  db.exec(`
    CREATE TABLE synonyms (
      id TEXT PRIMARY KEY,
      term TEXT NOT NULL,
      forms TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT;
    INSERT OR IGNORE INTO search_pending (case_rowid) SELECT rowid FROM cases;
  `);
}
