import { isWorkingDay, type WorkingCalendar } from './calendar';
import { addDays, daysBetween, type Day } from './day';

/**
 * Working days as a running count over every day the calendar knows (plus a few ordinary years
 * after), so that adding N working days is a binary search instead of a walk day by day: the
 * dispatch board recomputes the deadlines of 20,000 open cases at a time.
 */
interface WorkingDayIndex {
  readonly first: Day;
  /** cumulative[i]: working days from `first` through day i, inclusive. */
  readonly cumulative: Int32Array;
}

const yearsBeyondCoverage = 3;
const indexes = new WeakMap<WorkingCalendar, WorkingDayIndex>();

function buildIndex(calendar: WorkingCalendar): WorkingDayIndex {
  const years = [...calendar.years.keys()];
  const first: Day = `${Math.min(...years)}-01-01`;
  const last: Day = `${Math.max(...years) + yearsBeyondCoverage}-12-31`;
  const cumulative = new Int32Array(daysBetween(first, last) + 1);
  let count = 0;
  for (let i = 0; i < cumulative.length; i++) {
    if (isWorkingDay(calendar, addDays(first, i))) count++;
    cumulative[i] = count;
  }
  return { first, cumulative };
}

function indexOf(calendar: WorkingCalendar): WorkingDayIndex {
  let index = indexes.get(calendar);
  if (!index) {
    index = buildIndex(calendar);
    indexes.set(calendar, index);
  }
  return index;
}

/**
 * The n-th working day after `day` from the index, or null when the answer lies outside it
 * (the caller then walks day by day).
 */
export function indexedAddWorkingDays(day: Day, n: number, calendar: WorkingCalendar): Day | null {
  const { first, cumulative } = indexOf(calendar);
  const start = daysBetween(first, day);
  if (start < 0 || start >= cumulative.length) return null;
  const target = (cumulative[start] ?? 0) + n;
  if (n === 0) return day;
  let lo = start + 1;
  let hi = cumulative.length - 1;
  if ((cumulative[hi] ?? 0) < target) return null;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) >= target) hi = mid;
    else lo = mid + 1;
  }
  return addDays(first, lo);
}
