import { shanghaiDay } from '../case/case-number';
import { assertNever } from '../util/assert-never';
import { isWorkingDay, type WorkingCalendar } from './calendar';
import { addDays, daysBetween, shanghaiDayStart, type Day } from './day';
import type { SlaLimit } from './limit';
import { indexedAddWorkingDays, indexedWorkingDaysDeadline } from './working-day-index';

/** The n-th working day after `day`; `day` itself is not counted (期间开始之日不计算在内). */
export function addWorkingDays(day: Day, n: number, calendar: WorkingCalendar): Day {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days to add must be a whole number ≥ 0: ${n}`);
  const indexed = indexedAddWorkingDays(day, n, calendar);
  if (indexed !== null) return indexed;
  let current = day;
  for (let left = n; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(calendar, current)) left--;
  }
  return current;
}

/**
 * Working days after `fromDay` up to and including `toDay`, so that
 * `countWorkingDays(d, addWorkingDays(d, n)) === n`; negative when `toDay` comes first.
 */
export function countWorkingDays(fromDay: Day, toDay: Day, calendar: WorkingCalendar): number {
  const span = daysBetween(fromDay, toDay);
  if (span < 0) return -countWorkingDays(toDay, fromDay, calendar);
  let count = 0;
  for (let i = 1; i <= span; i++) {
    if (isWorkingDay(calendar, addDays(fromDay, i))) count++;
  }
  return count;
}

/**
 * When a limit started at `start` runs out. Minutes: `start` plus the limit, around the clock.
 * Working days: 24:00 Asia/Shanghai of the N-th working day after the Shanghai day of `start`,
 * i.e. 00:00 of the following day.
 */
export function slaDeadline(start: Date, limit: SlaLimit, calendar: WorkingCalendar): Date {
  switch (limit.unit) {
    case 'minutes':
      return new Date(start.getTime() + limit.amount * 60_000);
    case 'workingDays': {
      const indexed = indexedWorkingDaysDeadline(start.getTime(), limit.amount, calendar);
      if (indexed !== null) return new Date(indexed);
      const lastDay = addWorkingDays(shanghaiDay(start), limit.amount, calendar);
      return shanghaiDayStart(addDays(lastDay, 1));
    }
    default:
      return assertNever(limit);
  }
}
