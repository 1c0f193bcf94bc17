import { z } from 'zod';
import { limits, text } from '../case/fields';
import { Day, isWeekend, yearOf } from './day';
import type { OfficialYear } from './official-year';
import { officialPackageYears } from './package-years';

/** A town's own exception to the official calendar, e.g. a day off for a local festival. */
export const LocalOverride = z.object({
  date: Day,
  working: z.boolean(),
  reason: text(limits.reason, { min: 1 }),
});
export type LocalOverride = z.infer<typeof LocalOverride>;

/** Plain data: which official years are known, and the town's overrides, which win. */
export interface WorkingCalendar {
  readonly years: ReadonlyMap<number, OfficialYear>;
  readonly overrides: ReadonlyMap<Day, LocalOverride>;
}

/**
 * Why a day is or is not worked. `unofficial` means no holiday notice is known for its year, so
 * the answer is only the ordinary Mon–Fri week and may change once the notice is loaded.
 */
export interface DayInfo {
  readonly working: boolean;
  readonly source: 'override' | 'official' | 'unofficial';
  /** The holiday, make-up day or override reason, when there is one. */
  readonly name?: string;
}

/** The statutory calendar as `chinese-days` knows it, with no loaded years or overrides. */
export const officialCalendar: WorkingCalendar = {
  years: officialPackageYears,
  overrides: new Map(),
};

export function describeDay(calendar: WorkingCalendar, day: Day): DayInfo {
  const override = calendar.overrides.get(day);
  if (override) return { working: override.working, source: 'override', name: override.reason };
  const official = calendar.years.get(yearOf(day));
  if (!official) return { working: !isWeekend(day), source: 'unofficial' };
  const workday = official.workdays.get(day);
  if (workday !== undefined) return { working: true, source: 'official', name: workday };
  const holiday = official.holidays.get(day);
  if (holiday !== undefined) return { working: false, source: 'official', name: holiday };
  return { working: !isWeekend(day), source: 'official' };
}

export function isWorkingDay(calendar: WorkingCalendar, day: Day): boolean {
  return describeDay(calendar, day).working;
}

/** The calendar with these overrides added; a later override of the same day replaces one before. */
export function withOverrides(calendar: WorkingCalendar, overrides: readonly LocalOverride[]): WorkingCalendar {
  const merged = new Map(calendar.overrides);
  for (const override of overrides) merged.set(override.date, override);
  return { ...calendar, overrides: merged };
}
