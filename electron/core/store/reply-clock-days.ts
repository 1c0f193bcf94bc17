import { preparedFor, type DB, type WritableDB } from './db';

/** Per Asia/Shanghai day and unit ('' for none): replies and reworks that ended, and how many of them late. */
export interface ReplyClockDay {
  readonly day: string;
  readonly unitId: string;
  readonly replies: number;
  readonly late: number;
}

/** The same figures counted from every stored clock: what the triggers of migration 16 keep up. */
const recount = `SELECT substr(datetime(ended_at, '+8 hours'), 1, 10) AS day, coalesce(unit_id, '') AS unitId,
    count(*) AS replies, sum(ended_at > deadline) AS late
  FROM case_clocks WHERE kind IN ('reply', 'rework') AND ended_at IS NOT NULL GROUP BY 1, 2`;

const sql = preparedFor((db) => ({
  ranking: db.prepare<[string], { unitId: string; total: number; onTime: number }>(
    `SELECT unit_id AS unitId, sum(replies) AS total, sum(replies - late) AS onTime FROM reply_clock_days
     WHERE day >= ? AND unit_id <> '' GROUP BY unit_id HAVING total > 0`,
  ),
  byDay: db.prepare<[string], { day: string; n: number; late: number }>(
    'SELECT day, sum(replies) AS n, sum(late) AS late FROM reply_clock_days WHERE day >= ? GROUP BY day HAVING n > 0 ORDER BY day',
  ),
  kept: db.prepare<[], ReplyClockDay>(
    "SELECT day, unit_id AS unitId, replies, late FROM reply_clock_days WHERE replies <> 0 OR late <> 0 ORDER BY day, unit_id",
  ),
  recounted: db.prepare<[], ReplyClockDay>(`${recount} ORDER BY 1, 2`),
  clear: db.prepare('DELETE FROM reply_clock_days'),
  refill: db.prepare(`INSERT INTO reply_clock_days (day, unit_id, replies, late) ${recount}`),
}));

/** Units' replies and reworks ended on `fromDay` (a Shanghai day) or later, and how many on time. */
export function unitReplyRanking(db: DB, fromDay: string): { unitId: string; total: number; onTime: number }[] {
  return sql(db).ranking.all(fromDay);
}

/** Replies and reworks ended per Shanghai day from `fromDay` on, and how many of them late. */
export function repliesByDay(db: DB, fromDay: string): { day: string; n: number; late: number }[] {
  return sql(db).byDay.all(fromDay);
}

/** The kept counts (rows counted down to nothing left out), in day and unit order. */
export function keptReplyClockDays(db: DB): ReplyClockDay[] {
  return sql(db).kept.all();
}

/** The counts as a full scan of the clocks gives them, in the same order: to check the kept ones. */
export function recountedReplyClockDays(db: DB): ReplyClockDay[] {
  return sql(db).recounted.all();
}

/** Throws the kept counts away and counts them again from the clocks (rebuild:projections). */
export function recountReplyClockDays(db: WritableDB): void {
  const s = sql(db);
  s.clear.run();
  s.refill.run();
}
