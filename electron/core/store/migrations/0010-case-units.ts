import type { DB } from '../db';

/**
 * Who may see a case, as an index: `case_units` lists every unit involved in each case (the
 * first-responsible unit, every unit dispatched to, every holder in the custody ledger, every
 * unit whistled in: `involvedUnitIds` in shared/case/visibility.ts), so every read confines a
 * unit's viewer with one predicate. It replaces `case_whistles`, which knew only the whistles.
 * Keyed by case, so a save can replace its case's rows; the unit index serves the reads.
 */
export function updateToSchemaVersion10(db: DB): void {
  db.exec(`
    CREATE TABLE case_units (
      case_id TEXT NOT NULL REFERENCES cases(id),
      unit_id TEXT NOT NULL,
      PRIMARY KEY (case_id, unit_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX case_units_unit ON case_units(unit_id, case_id);

    INSERT OR IGNORE INTO case_units (case_id, unit_id)
      SELECT id, responsible_unit_id FROM cases WHERE responsible_unit_id IS NOT NULL
      UNION SELECT c.id, u.value ->> '$.unitId' FROM cases c, json_each(c.record, '$.dispatches') u
      UNION SELECT c.id, u.value ->> '$.unitId' FROM cases c, json_each(c.record, '$.custody') u
      UNION SELECT c.id, u.value ->> '$.unitId' FROM cases c, json_each(c.record, '$.whistles') u;

    DROP TABLE case_whistles;
  `);
}
