import type { DB } from '../db';

/**
 * A new case's projection leaves the save (docs/decisions/0008): the save's transaction appends
 * the case's events and queues its id here; the projector writes the `cases` row, its SLA facts
 * and clocks just after, batched, and before anything reads them. The queue is in the save's
 * transaction, so a crash leaves it to be worked off at the next start.
 */
export function updateToSchemaVersion9(db: DB): void {
  db.exec('CREATE TABLE projection_pending (case_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;');
}
