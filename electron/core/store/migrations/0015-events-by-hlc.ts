import type { DB } from '../db';

/**
 * The newest event's timestamp, which every start reads so its clock never runs behind the
 * store (open-core.ts), from an index instead of a scan of every event: 3.8 s at 1,000,000
 * cases (docs/decisions/0014). Built here once over the events already stored.
 */
export function updateToSchemaVersion15(db: DB): void {
  db.exec('CREATE INDEX events_hlc ON events(hlc)');
}
