import { daysBetween, type Day } from './day';
import type { WorkingCalendar } from './calendar';

/** Warn this many days ahead: next year's notice usually appears in November or December. */
export const calendarWarningDays = 31;

/** The last day for which the official holiday notice is known. */
export function calendarCoverage(calendar: WorkingCalendar): Day {
  return `${Math.max(...calendar.years.keys())}-12-31`;
}

export type CalendarWarning =
  | { readonly code: 'calendar_running_out'; readonly coveredThrough: Day; readonly daysLeft: number }
  | { readonly code: 'calendar_ran_out'; readonly coveredThrough: Day };

/** Tells the admin to load next year's notice before working-day deadlines become guesses. */
export function calendarWarning(calendar: WorkingCalendar, today: Day): CalendarWarning | null {
  const coveredThrough = calendarCoverage(calendar);
  const daysLeft = daysBetween(today, coveredThrough);
  if (daysLeft < 0) return { code: 'calendar_ran_out', coveredThrough };
  if (daysLeft <= calendarWarningDays) return { code: 'calendar_running_out', coveredThrough, daysLeft };
  return null;
}
