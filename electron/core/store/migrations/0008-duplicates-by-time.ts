import type { DB } from '../db';

/**
 * The repeat-call check (same committee and category within 7 days) reads the week from
 * `case_sla_registered`, which carries committee and category since 0007, instead of its own
 * index on `cases`. That index was the dearest a save maintained: two JSON-derived columns and
 * an entry at a random place in a million-entry tree, one more page in every save and checkpoint.
 * A week is a few thousand index entries, read alone (docs/decisions/0007).
 */
export function updateToSchemaVersion8(db: DB): void {
  db.exec('DROP INDEX cases_committee_category;');
}
