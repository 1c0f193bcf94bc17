// We read the package's data table, not its functions: its isWorkday() parses 'YYYY-MM-DD' as
// UTC but reads it back in local time, so west of Greenwich it answers for the day before.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { yearOf, type Day } from './day';
import type { OfficialYear } from './official-year';

/** The package labels days 'English,中文,n'; we keep the Chinese name the notice uses. */
function holidayName(label: string): string {
  return label.split(',')[1] ?? label;
}

function byYear(table: Readonly<Record<string, string>>): Map<number, Map<Day, string>> {
  const years = new Map<number, Map<Day, string>>();
  for (const [day, label] of Object.entries(table)) {
    const year = yearOf(day);
    const days = years.get(year) ?? new Map<Day, string>();
    days.set(day, holidayName(label));
    years.set(year, days);
  }
  return years;
}

function packageYears(): ReadonlyMap<number, OfficialYear> {
  const holidays = byYear(chineseDays.holidays);
  const workdays = byYear(chineseDays.workdays);
  const years = new Map<number, OfficialYear>();
  for (const year of [...holidays.keys()].sort((a, b) => a - b)) {
    years.set(year, {
      year,
      source: 'package',
      holidays: holidays.get(year) ?? new Map(),
      workdays: workdays.get(year) ?? new Map(),
    });
  }
  return years;
}

/** Every year `chinese-days` knows (2004 through 2026 in version 1.5.7). */
export const officialPackageYears = packageYears();
