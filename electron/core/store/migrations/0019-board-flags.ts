import type { DB } from '../db';

/**
 * The board marks group (群体性) and long-standing (历史遗留) cases, so a dispatcher sees them
 * among the rows without opening each. The marks sit in `case_sla` beside the other facts the
 * board reads (comma-joined, '' for none), written with them on every projection. Filled here
 * for open cases only: the board lists nothing else, and a closed case that is reopened gets
 * its facts, marks included, written again by the same commit.
 */
export function updateToSchemaVersion19(db: DB): void {
  db.exec(`
    ALTER TABLE case_sla ADD COLUMN flags TEXT NOT NULL DEFAULT '';
    UPDATE case_sla SET flags = coalesce(
        (SELECT group_concat(f.value, ',') FROM cases c, json_each(c.record, '$.flags') f WHERE c.id = case_sla.case_id), '')
      WHERE open = 1;
  `);
}
