import { officialCalendar, withOverrides, type LocalOverride, type WorkingCalendar } from './calendar';
import { calendarCoverage } from './coverage';
import { yearOf } from './day';
import type { OfficialYear } from './official-year';
import { checkYearSchedule, type ScheduleResult, type YearSchedule } from './year-schedule';

function loadedYear(schedule: YearSchedule): OfficialYear {
  return {
    year: schedule.year,
    source: 'loaded',
    holidays: new Map(schedule.holidays.map(({ date, name }) => [date, name])),
    workdays: new Map(schedule.workdays.map(({ date, name }) => [date, name])),
  };
}

/**
 * The calendar with a loaded year added. Only the year right after the current coverage (so no
 * gap is left) or a year loaded before (to correct it) is taken; the package's years are not
 * replaced — a local exception to them is a `LocalOverride`. The calendar passed in is unchanged.
 */
export function withYearSchedule(calendar: WorkingCalendar, schedule: YearSchedule): ScheduleResult<WorkingCalendar> {
  const issues = checkYearSchedule(schedule);
  if (issues.length > 0) return { ok: false, issues };
  const expected = yearOf(calendarCoverage(calendar)) + 1;
  const existing = calendar.years.get(schedule.year);
  const replacesLoaded = existing?.source === 'loaded';
  if (schedule.year !== expected && !replacesLoaded) {
    return { ok: false, issues: [{ code: 'wrong_year', path: 'year', expected }] };
  }
  const years = new Map(calendar.years).set(schedule.year, loadedYear(schedule));
  return { ok: true, value: { ...calendar, years } };
}

export interface CalendarSettings {
  readonly loadedYears: readonly YearSchedule[];
  readonly overrides: readonly LocalOverride[];
}

/**
 * The calendar the core uses, from what the admin stored. A loaded year the package has come to
 * know (after an upgrade of `chinese-days`) is skipped: the maintained data wins.
 */
export function createWorkingCalendar(settings: CalendarSettings): ScheduleResult<WorkingCalendar> {
  let calendar = officialCalendar;
  const years = [...settings.loadedYears].sort((a, b) => a.year - b.year);
  for (const schedule of years) {
    if (officialCalendar.years.has(schedule.year)) continue;
    const result = withYearSchedule(calendar, schedule);
    if (!result.ok) return result;
    calendar = result.value;
  }
  return { ok: true, value: withOverrides(calendar, settings.overrides) };
}
