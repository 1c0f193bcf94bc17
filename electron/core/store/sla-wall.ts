import { finalStatuses } from '../../../shared/case/fold';
import { caseStatuses, type CaseStatus } from '../../../shared/case/vocabulary';
import { preparedFor, type DB } from './db';
import { repliesByDay, unitReplyRanking } from './reply-clock-days';

/** The instants the wall's figures are cut at, all ISO UTC. */
export interface WallWindow {
  readonly now: string;
  /** 00:00 Asia/Shanghai today. */
  readonly todayStart: string;
  /** Now + 2 h: what breaches "soon". */
  readonly horizon: string;
  /** 00:00 Shanghai six days ago: the 7-day trend and the hotspots. */
  readonly weekStart: string;
  /** The Shanghai day the 7-day trend starts on (the day of `weekStart`). */
  readonly weekFromDay: string;
  /** The Shanghai day the period units are ranked over starts on. */
  readonly rankingFromDay: string;
}

export interface WallCaseRow {
  caseId: string;
  number: string;
  clock: string;
  deadline: string;
  unitId: string | null;
  cardLevel: number;
  categoryId: string;
  committeeId: string;
  callerName: string;
  callerPhone: string;
}

const wallCaseColumns = `c.case_id AS caseId, s.number, c.clock, c.deadline, c.unit_id AS unitId, c.card_level AS cardLevel,
  s.category_id AS categoryId, s.committee_id AS committeeId,
  k.record ->> '$.caller.name' AS callerName, k.record ->> '$.caller.phone' AS callerPhone`;
const wallCaseJoins = 'FROM case_clocks c JOIN case_sla s ON s.case_id = c.case_id JOIN cases k ON k.id = c.case_id';

/** Code constants, not input: listed in the statement so the planner seeks each one in the status index. */
const openStatuses = caseStatuses
  .filter((s) => !finalStatuses.includes(s))
  .map((s) => `'${s}'`)
  .join(', ');

const sql = preparedFor((db) => ({
  intake: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM case_sla WHERE registered_at >= ?'),
  // From the case list's status index, read alone: case_sla keeps no index of its own for this.
  openByStatus: db.prepare<[], { status: CaseStatus; count: number }>(
    `SELECT status, count(*) AS count FROM cases WHERE status IN (${openStatuses}) GROUP BY status ORDER BY count DESC`,
  ),
  soon: db.prepare<WallWindow & { limit: number }, WallCaseRow>(
    `SELECT ${wallCaseColumns} ${wallCaseJoins}
     WHERE c.ended_at IS NULL AND c.deadline >= @now AND c.deadline < @horizon ORDER BY c.deadline LIMIT @limit`,
  ),
  soonCount: db.prepare<WallWindow, { n: number }>(
    'SELECT count(*) AS n FROM case_clocks WHERE ended_at IS NULL AND deadline >= @now AND deadline < @horizon',
  ),
  overdue: db.prepare<WallWindow & { limit: number }, WallCaseRow>(
    `SELECT ${wallCaseColumns} ${wallCaseJoins}
     WHERE c.ended_at IS NULL AND c.deadline < @now ORDER BY c.card_level DESC, c.deadline LIMIT @limit`,
  ),
  // Named: the planner prefers the range of the index by deadline, which fetches every overdue row.
  overdueCount: db.prepare<WallWindow, { n: number }>(
    'SELECT count(*) AS n FROM case_clocks INDEXED BY case_clocks_running_card WHERE ended_at IS NULL AND deadline < @now',
  ),
  cardsToday: db.prepare<WallWindow & { limit: number }, { caseId: string; number: string; clock: string; card: 'yellow' | 'red'; at: string; unitId: string | null }>(
    `SELECT k.case_id AS caseId, s.number, k.clock, k.card, k.at, k.unit_id AS unitId
     FROM supervision_cards k JOIN case_sla s ON s.case_id = k.case_id WHERE k.at >= @todayStart ORDER BY k.at DESC LIMIT @limit`,
  ),
  cardsTodayCount: db.prepare<WallWindow, { n: number }>('SELECT count(*) AS n FROM supervision_cards WHERE at >= @todayStart'),
  hotspots: db.prepare<WallWindow & { limit: number }, { committeeId: string; categoryId: string; count: number }>(
    `SELECT committee_id AS committeeId, category_id AS categoryId, count(*) AS count FROM case_sla
     WHERE registered_at >= @weekStart GROUP BY committee_id, category_id ORDER BY count DESC LIMIT @limit`,
  ),
  intakeByDay: db.prepare<WallWindow, { day: string; n: number }>(
    `SELECT substr(datetime(registered_at, '+8 hours'), 1, 10) AS day, count(*) AS n FROM case_sla
     WHERE registered_at >= @weekStart GROUP BY day`,
  ),
  forecast: db.prepare<WallWindow, { unitId: string; count: number }>(
    `SELECT unit_id AS unitId, count(*) AS count FROM case_clocks
     WHERE ended_at IS NULL AND deadline >= @now AND deadline < @horizon AND unit_id IS NOT NULL
     GROUP BY unit_id ORDER BY count DESC`,
  ),
}));

/**
 * Every query the wall display runs per refresh; each is served by an index (see migrate.test.ts)
 * or, for the ranking and the replies per day, by the counts kept per day (reply-clock-days.ts).
 */
export function wallQueries(db: DB, w: WallWindow, listLimit: number) {
  const s = sql(db);
  return {
    todayIntake: s.intake.get(w.todayStart)?.n ?? 0,
    openByStatus: s.openByStatus.all(),
    breachingSoon: s.soon.all({ ...w, limit: listLimit }),
    breachingSoonCount: s.soonCount.get(w)?.n ?? 0,
    overdue: s.overdue.all({ ...w, limit: listLimit }),
    overdueCount: s.overdueCount.get(w)?.n ?? 0,
    cardsToday: s.cardsToday.all({ ...w, limit: listLimit }),
    cardsTodayCount: s.cardsTodayCount.get(w)?.n ?? 0,
    ranking: unitReplyRanking(db, w.rankingFromDay),
    hotspots: s.hotspots.all({ ...w, limit: listLimit }),
    intakeByDay: s.intakeByDay.all(w),
    repliedByDay: repliesByDay(db, w.weekFromDay),
    forecast: s.forecast.all(w),
  };
}
