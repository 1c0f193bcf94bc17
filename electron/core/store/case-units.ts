import type { CaseRecord } from '../../../shared/case/record';
import { involvedUnitIds, viewerUnitId, type Viewer } from '../../../shared/case/visibility';
import { preparedFor, type DB, type WritableDB } from './db';

/**
 * The store's half of the visibility rule (shared/case/visibility.ts), the one SQL predicate every
 * read of cases uses: a unit's viewer sees the cases listed for its unit in `case_units`. Both
 * take the named parameter `@viewerUnitId`, from `viewerParam`: null for the whole town.
 */
export const casesOfViewerUnit = (idColumn: string) => `${idColumn} IN (SELECT case_id FROM case_units WHERE unit_id = @viewerUnitId)`;
export const inView = (idColumn: string) => `(@viewerUnitId IS NULL OR ${casesOfViewerUnit(idColumn)})`;

export function viewerParam(viewer: Viewer): { viewerUnitId: string | null } {
  return { viewerUnitId: viewerUnitId(viewer) };
}

const sql = preparedFor((db) => ({
  drop: db.prepare<[string, string]>('DELETE FROM case_units WHERE case_id = ? AND unit_id NOT IN (SELECT value FROM json_each(?))'),
  add: db.prepare<[string, string]>('INSERT OR IGNORE INTO case_units (case_id, unit_id) SELECT ?, value FROM json_each(?)'),
  inView: db.prepare<{ ids: string; viewerUnitId: string | null }, { id: string }>(
    `SELECT value AS id FROM json_each(@ids) WHERE ${inView('value')}`,
  ),
}));

/** Keeps a case's rows in step with its projection; a refold after a late event may also take a unit out. */
export function saveCaseUnits(db: WritableDB, c: CaseRecord): void {
  const units = JSON.stringify(involvedUnitIds(c));
  sql(db).drop.run(c.id, units);
  sql(db).add.run(c.id, units);
}

/** Those of `caseIds` the viewer may see, in the order given. */
export function caseIdsInView(db: DB, viewer: Viewer, caseIds: readonly string[]): string[] {
  return sql(db)
    .inView.all({ ids: JSON.stringify(caseIds), ...viewerParam(viewer) })
    .map((r) => r.id);
}
