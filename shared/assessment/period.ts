import { z } from 'zod';
import { addDays, Day, daysBetween, shanghaiDayStart, weekday } from '../sla/day';

export const periodKinds = ['day', 'week', 'month', 'quarter', 'year', 'custom'] as const;
export const PeriodKind = z.enum(periodKinds);
export type PeriodKind = z.infer<typeof PeriodKind>;

/** An assessment period: whole Asia/Shanghai days, `from` and `to` both included. */
export const Period = z.object({ kind: PeriodKind, from: Day, to: Day }).readonly();
export type Period = z.infer<typeof Period>;

/** The period of `kind` that holds `day`; weeks start on Monday, as the town's reports do. */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, day: Day): Period {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  const pad = (n: number): string => String(n).padStart(2, '0');
  const monthEnd = (y: string, m: number): Day => addDays(m === 12 ? `${Number(y) + 1}-01-01` : `${y}-${pad(m + 1)}-01`, -1);
  switch (kind) {
    case 'day':
      return { kind, from: day, to: day };
    case 'week': {
      const monday = addDays(day, -((weekday(day) + 6) % 7));
      return { kind, from: monday, to: addDays(monday, 6) };
    }
    case 'month':
      return { kind, from: `${year}-${pad(month)}-01`, to: monthEnd(year, month) };
    case 'quarter': {
      const first = month - ((month - 1) % 3);
      return { kind, from: `${year}-${pad(first)}-01`, to: monthEnd(year, first + 2) };
    }
    case 'year':
      return { kind, from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/**
 * The period just before (`step` -1) or after (+1) this one, of the same kind: last month from
 * this one, the quarter before. A custom range steps by its own length.
 */
export function shiftPeriod(period: Period, step: -1 | 1): Period {
  const edge = step < 0 ? addDays(period.from, -1) : addDays(period.to, 1);
  if (period.kind !== 'custom') return periodContaining(period.kind, edge);
  const last = daysBetween(period.from, period.to);
  return step < 0 ? { kind: 'custom', from: addDays(edge, -last), to: edge } : { kind: 'custom', from: edge, to: addDays(edge, last) };
}

/** The instants [start, end) a period covers, as ISO strings comparable with stored times. */
export function periodBounds(period: Period): { readonly start: string; readonly end: string } {
  return {
    start: shanghaiDayStart(period.from).toISOString(),
    end: shanghaiDayStart(addDays(period.to, 1)).toISOString(),
  };
}
