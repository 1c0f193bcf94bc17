import type { Call } from '../../../shared/assessment/callers';
import type { CaseRecord } from '../../../shared/case/record';
import { preparedFor, type DB } from './db';

type Bounds = { start: string; end: string };

const sql = preparedFor((db) => ({
  // case_sla carries committee, category and unit as columns; only the phone is read from the record.
  calls: db.prepare<Bounds, Call>(
    `SELECT s.case_id AS caseId, s.number, c.caller_phone AS phone, s.committee_id AS committeeId, s.category_id AS categoryId,
       s.registered_at AS registeredAt, s.status, s.unit_id AS responsibleUnitId
     FROM case_sla s JOIN cases c ON c.id = s.case_id
     WHERE s.registered_at >= @start AND s.registered_at < @end ORDER BY s.registered_at, s.case_id`,
  ),
  inCell: db.prepare<Bounds & { committeeId: string; categoryId: string }, { record: string }>(
    `SELECT c.record FROM case_sla s JOIN cases c ON c.id = s.case_id
     WHERE s.registered_at >= @start AND s.registered_at < @end AND s.committee_id = @committeeId AND s.category_id = @categoryId
     ORDER BY s.registered_at, s.case_id`,
  ),
}));

/** Every call filed in [start, end), oldest first: what repeat callers and group requests are found in. */
export function callsFiled(db: DB, bounds: Bounds): Call[] {
  return sql(db).calls.all(bounds);
}

/** The cases behind one heat-table cell: one committee, one category, filed in [start, end). */
export function casesInCell(db: DB, cell: Bounds & { committeeId: string; categoryId: string }): CaseRecord[] {
  return sql(db).inCell.all(cell).map((r) => JSON.parse(r.record) as CaseRecord);
}

