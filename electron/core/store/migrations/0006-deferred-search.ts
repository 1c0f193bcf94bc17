import type { DB } from '../db';

const searchedColumnsChanged = `old.number IS NOT new.number
  OR old.record ->> '$.caller.name' IS NOT new.record ->> '$.caller.name'
  OR old.record ->> '$.address' IS NOT new.record ->> '$.address'
  OR old.record ->> '$.description' IS NOT new.record ->> '$.description'`;

/**
 * Search indexing leaves the save transaction: a save only queues its case's rowid (one small
 * insert) and the indexer folds queued cases into both FTS5 indexes in batches, just after the
 * commit and before any search. Writing two FTS5 indexes per save was most of a save's cost;
 * the queue is in the same transaction as the case, so a crash never leaves a case unindexed.
 */
export function updateToSchemaVersion6(db: DB): void {
  db.exec(`
    CREATE TABLE search_pending (case_rowid INTEGER PRIMARY KEY) STRICT;

    DROP TRIGGER cases_search_insert;
    DROP TRIGGER cases_search_update;
    CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
      INSERT OR IGNORE INTO search_pending (case_rowid) VALUES (new.rowid);
    END;
    CREATE TRIGGER cases_search_update AFTER UPDATE OF number, record ON cases WHEN ${searchedColumnsChanged} BEGIN
      INSERT OR IGNORE INTO search_pending (case_rowid) VALUES (new.rowid);
    END;
  `);
}
