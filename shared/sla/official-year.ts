import type { Day } from './day';

/**
 * One year of the State Council's holiday notice: the days off (放假) and the weekend days that
 * are worked instead (调休上班). Any day not listed follows the ordinary Mon–Fri week.
 */
export interface OfficialYear {
  readonly year: number;
  /** Where the data came from: the `chinese-days` package, or a file an admin loaded. */
  readonly source: 'package' | 'loaded';
  /** Day → holiday name, e.g. '2025-01-28' → '春节'. */
  readonly holidays: ReadonlyMap<Day, string>;
  /** Day → the holiday it makes up for, e.g. '2025-01-26' → '春节'. */
  readonly workdays: ReadonlyMap<Day, string>;
}
