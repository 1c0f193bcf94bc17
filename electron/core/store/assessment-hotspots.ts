import type { DayCount } from '../../../shared/assessment/spikes';
import { preparedFor, type DB } from './db';

const sql = preparedFor((db) => ({
  // case_sla carries committee and category as columns: no JSON is read, and registered_at is indexed.
  dayCounts: db.prepare<{ start: string; end: string }, DayCount>(
    `SELECT committee_id AS committeeId, category_id AS categoryId, date(registered_at, '+8 hours') AS day, COUNT(*) AS count
     FROM case_sla WHERE registered_at >= @start AND registered_at < @end GROUP BY 1, 2, 3`,
  ),
}));

/** Calls per committee × category × Asia/Shanghai day filed in [start, end): the heat table and the spike baseline. */
export function dayCounts(db: DB, bounds: { start: string; end: string }): DayCount[] {
  return sql(db).dayCounts.all(bounds);
}
