import { finalStatuses } from '../../../shared/case/fold';
import type { CaseRecord } from '../../../shared/case/record';
import { preparedFor, type DB } from './db';

/** The most a queue returns at once: a working list, not an archive. */
export const QUEUE_LIMIT = 500;

const open = `status NOT IN (${finalStatuses.map((s) => `'${s}'`).join(', ')})`;

const sql = preparedFor((db) => ({
  unit: db.prepare<[string, string, number], { record: string }>(
    `SELECT record FROM cases WHERE ${open}
       AND (responsible_unit_id = ? OR id IN (SELECT case_id FROM case_whistles WHERE unit_id = ?))
     ORDER BY registered_at, id LIMIT ?`,
  ),
  supervisor: db.prepare<[number], { record: string }>(
    `SELECT record FROM cases WHERE json_extract(record, '$.needsSupervisor') = 1 ORDER BY registered_at, id LIMIT ?`,
  ),
  callback: db.prepare<[number], { record: string }>(
    "SELECT record FROM cases WHERE status = 'replied' ORDER BY registered_at, id LIMIT ?",
  ),
  children: db.prepare<[string], { record: string }>(
    "SELECT record FROM cases WHERE status = 'merged' AND json_extract(record, '$.mergedIntoCaseId') = ? ORDER BY id",
  ),
  byNumber: db.prepare<[string], { record: string }>('SELECT record FROM cases WHERE number = ?'),
}));

const records = (rows: { record: string }[]) => rows.map((r) => JSON.parse(r.record) as CaseRecord);

/** A unit's open cases: those it answers for and those it was whistled into. */
export function openCasesOfUnit(db: DB, unitId: string): CaseRecord[] {
  return records(sql(db).unit.all(unitId, unitId, QUEUE_LIMIT));
}

/** Cases the fold flags for the supervisor: pending requests, dispatch conflicts, policy-limited dissatisfaction. */
export function casesForSupervisor(db: DB): CaseRecord[] {
  return records(sql(db).supervisor.all(QUEUE_LIMIT));
}

/** Replied cases, waiting for the hotline to call the citizen back. */
export function casesAwaitingCallback(db: DB): CaseRecord[] {
  return records(sql(db).callback.all(QUEUE_LIMIT));
}

/** Duplicates merged into a main case (合并): they close when it closes. */
export function mergedChildren(db: DB, mainCaseId: string): CaseRecord[] {
  return records(sql(db).children.all(mainCaseId));
}

export function caseByNumber(db: DB, number: string): CaseRecord | null {
  const row = sql(db).byNumber.get(number);
  return row ? (JSON.parse(row.record) as CaseRecord) : null;
}
