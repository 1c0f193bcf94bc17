import { isWorkingDay, type WorkingCalendar } from './calendar';
import { addDays, type Day } from './day';

/**
 * Working days as a running count over every day the calendar knows (plus a few ordinary years
 * after), so that adding N working days is a binary search over numbers instead of a walk over
 * date strings: the dispatch board recomputes the deadlines of 20,000 open cases at a time.
 */
interface WorkingDayIndex {
  /** Days since 1970-01-01 of the first indexed day. */
  readonly firstDay: number;
  /** cumulative[i]: working days from the first indexed day through day i, inclusive. */
  readonly cumulative: Int32Array;
}

const dayMs = 86_400_000;
/** Asia/Shanghai is UTC+8 all year (no daylight saving time since 1991). */
const shanghaiOffsetMs = 8 * 3_600_000;
const yearsBeyondCoverage = 3;
const indexes = new WeakMap<WorkingCalendar, WorkingDayIndex>();

const dayNumber = (day: Day) => Date.parse(`${day}T00:00:00Z`) / dayMs;

function buildIndex(calendar: WorkingCalendar): WorkingDayIndex {
  const years = [...calendar.years.keys()];
  const first: Day = `${Math.min(...years)}-01-01`;
  const firstDay = dayNumber(first);
  const cumulative = new Int32Array(dayNumber(`${Math.max(...years) + yearsBeyondCoverage}-12-31`) - firstDay + 1);
  let count = 0;
  for (let i = 0; i < cumulative.length; i++) {
    if (isWorkingDay(calendar, addDays(first, i))) count++;
    cumulative[i] = count;
  }
  return { firstDay, cumulative };
}

function indexOf(calendar: WorkingCalendar): WorkingDayIndex {
  let index = indexes.get(calendar);
  if (!index) {
    index = buildIndex(calendar);
    indexes.set(calendar, index);
  }
  return index;
}

/** The day number of the n-th working day after day number `day`, or null outside the index. */
function nthWorkingDayAfter(day: number, n: number, calendar: WorkingCalendar): number | null {
  const { firstDay, cumulative } = indexOf(calendar);
  const start = day - firstDay;
  if (start < 0 || start >= cumulative.length) return null;
  if (n === 0) return day;
  const target = (cumulative[start] ?? 0) + n;
  let lo = start + 1;
  let hi = cumulative.length - 1;
  if ((cumulative[hi] ?? 0) < target) return null;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) >= target) hi = mid;
    else lo = mid + 1;
  }
  return firstDay + lo;
}

/** The n-th working day after `day` from the index, or null when the answer lies outside it. */
export function indexedAddWorkingDays(day: Day, n: number, calendar: WorkingCalendar): Day | null {
  const found = nthWorkingDayAfter(dayNumber(day), n, calendar);
  return found === null ? null : new Date(found * dayMs).toISOString().slice(0, 10);
}

/**
 * 24:00 Asia/Shanghai of the n-th working day after the Shanghai day of `startMs`, in ms, or
 * null outside the index: `slaDeadline` for working days without a single date string.
 */
export function indexedWorkingDaysDeadline(startMs: number, n: number, calendar: WorkingCalendar): number | null {
  const found = nthWorkingDayAfter(Math.floor((startMs + shanghaiOffsetMs) / dayMs), n, calendar);
  return found === null ? null : (found + 1) * dayMs - shanghaiOffsetMs;
}
