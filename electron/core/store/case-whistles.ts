import type { CaseRecord } from '../../../shared/case/record';
import { preparedFor, type DB } from './db';

const sql = preparedFor((db) => ({
  insert: db.prepare<[string, string]>('INSERT OR IGNORE INTO case_whistles (unit_id, case_id) VALUES (?, ?)'),
  has: db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM case_whistles WHERE unit_id = ? AND case_id = ?'),
}));

/** Keeps the index of whistled units in step with a case's projection (whistles are never undone). */
export function saveCaseWhistles(db: DB, c: CaseRecord): void {
  for (const w of c.whistles) sql(db).insert.run(w.unitId, c.id);
}

export function wasWhistledInto(db: DB, unitId: string, caseId: string): boolean {
  return sql(db).has.get(unitId, caseId) !== undefined;
}
