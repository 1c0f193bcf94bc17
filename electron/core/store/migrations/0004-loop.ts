import type { DB } from '../db';

/**
 * The closed loop's queries. `case_whistles` lists the units whistled into each case, so a
 * handler's view can include them (it grows with the projection; whistles are never undone).
 * The supervisor's inbox reads the fold's own flag through a partial index, so it needs no
 * column of its own.
 */
export function updateToSchemaVersion4(db: DB): void {
  db.exec(`
    CREATE TABLE case_whistles (
      unit_id TEXT NOT NULL,
      case_id TEXT NOT NULL REFERENCES cases(id),
      PRIMARY KEY (unit_id, case_id)
    ) STRICT, WITHOUT ROWID;

    INSERT OR IGNORE INTO case_whistles (unit_id, case_id)
      SELECT json_extract(w.value, '$.unitId'), c.id FROM cases c, json_each(c.record, '$.whistles') w;

    CREATE INDEX cases_supervisor_inbox ON cases(registered_at, id)
      WHERE json_extract(record, '$.needsSupervisor') = 1;
    CREATE INDEX cases_merged_into ON cases(json_extract(record, '$.mergedIntoCaseId'))
      WHERE status = 'merged';
  `);
}
