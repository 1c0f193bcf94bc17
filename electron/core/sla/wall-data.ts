import type { WallCase, WallData } from '../../../shared/api/methods/wall';
import { shanghaiDay } from '../../../shared/case/case-number';
import { maskCaller } from '../../../shared/case/privacy';
import { addDays, shanghaiDayStart } from '../../../shared/sla/day';
import type { DB } from '../store/db';
import { wallQueries, type WallCaseRow } from '../store/sla-wall';

const hourMs = 3_600_000;
/** How far ahead "breaching soon" looks, and how many cases each list shows. */
export const breachHorizonMs = 2 * hourMs;
const listLimit = 12;
const rankingDays = 30;

function wallCase(row: WallCaseRow, privacy: boolean): WallCase {
  const caller = { name: row.callerName, phone: row.callerPhone };
  const shown = privacy ? maskCaller(caller) : caller;
  return { ...row, callerName: shown.name, callerPhone: shown.phone };
}

/** One refresh of the wall display, as of `now`; with privacy on (the default) callers are masked here, in the core. */
export function wallData(db: DB, now: Date, privacy: boolean): WallData {
  const today = shanghaiDay(now);
  const week = Array.from({ length: 7 }, (_, i) => addDays(today, i - 6));
  const weekFromDay = week[0] ?? today;
  const rankingFromDay = addDays(today, -rankingDays);
  const q = wallQueries(
    db,
    {
      now: now.toISOString(),
      todayStart: shanghaiDayStart(today).toISOString(),
      horizon: new Date(now.getTime() + breachHorizonMs).toISOString(),
      weekStart: shanghaiDayStart(weekFromDay).toISOString(),
      weekFromDay,
      rankingFromDay,
    },
    listLimit,
  );
  const intake = new Map(q.intakeByDay.map((r) => [r.day, r.n]));
  const replied = new Map(q.repliedByDay.map((r) => [r.day, r]));
  return {
    now: now.toISOString(),
    privacy,
    todayIntake: q.todayIntake,
    openByStatus: q.openByStatus,
    breachingSoon: q.breachingSoon.map((r) => wallCase(r, privacy)),
    breachingSoonCount: q.breachingSoonCount,
    overdue: q.overdue.map((r) => wallCase(r, privacy)),
    overdueCount: q.overdueCount,
    cardsToday: q.cardsToday,
    cardsTodayCount: q.cardsTodayCount,
    // The units to chase first: the lowest on-time rate on top, the one with more replies first of a tie.
    unitRanking: q.ranking.sort((a, b) => a.onTime / a.total - b.onTime / b.total || b.total - a.total),
    hotspots: q.hotspots,
    trend: week.map((day) => ({ day, intake: intake.get(day) ?? 0, replied: replied.get(day)?.n ?? 0, late: replied.get(day)?.late ?? 0 })),
    forecast: q.forecast,
  };
}
