import { z } from 'zod';
import { Day, isWeekend, yearOf } from './day';

const NamedDay = z.object({ date: Day, name: z.string().trim().min(1) });

/**
 * The file an admin loads when the State Council publishes next year's holiday notice, which
 * `chinese-days` does not know yet, e.g.
 * `{ "year": 2027, "notice": "国办发明电〔2026〕…号", "holidays": [{ "date": "2027-01-01", "name": "元旦" }],
 *    "workdays": [{ "date": "2027-02-20", "name": "春节" }] }`.
 * `workdays` are the weekend days worked in exchange (调休上班).
 */
export const YearSchedule = z.object({
  year: z.number().int(),
  notice: z.string().optional(),
  holidays: z.array(NamedDay),
  workdays: z.array(NamedDay),
});
export type YearSchedule = z.infer<typeof YearSchedule>;

export const yearScheduleIssueCodes = [
  'not_json',
  'bad_shape',
  'malformed_date',
  'date_outside_year',
  'duplicate_date',
  'holiday_and_workday',
  'workday_not_weekend',
  'no_holidays',
  'wrong_year',
] as const;
export type YearScheduleIssueCode = (typeof yearScheduleIssueCodes)[number];

export interface YearScheduleIssue {
  readonly code: YearScheduleIssueCode;
  /** Where in the file, e.g. 'holidays.3.date'. */
  readonly path?: string;
  readonly date?: Day;
  /** For `wrong_year`: the year the calendar can take next. */
  readonly expected?: number;
}

export type ScheduleResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly YearScheduleIssue[] };

/** Mistakes a well-formed file can still hold; empty when the schedule is consistent. */
export function checkYearSchedule(schedule: YearSchedule): YearScheduleIssue[] {
  const issues: YearScheduleIssue[] = [];
  // An empty holiday list is a blank template, not a year without holidays.
  if (schedule.holidays.length === 0) issues.push({ code: 'no_holidays', path: 'holidays' });
  const holidays = new Set<Day>();
  const workdays = new Set<Day>();
  const lists = [
    ['holidays', schedule.holidays, holidays],
    ['workdays', schedule.workdays, workdays],
  ] as const;
  for (const [list, entries, seen] of lists) {
    entries.forEach(({ date }, i) => {
      const path = `${list}.${i}.date`;
      if (yearOf(date) !== schedule.year) issues.push({ code: 'date_outside_year', path, date });
      if (seen.has(date)) issues.push({ code: 'duplicate_date', path, date });
      seen.add(date);
    });
  }
  schedule.workdays.forEach(({ date }, i) => {
    const path = `workdays.${i}.date`;
    if (holidays.has(date)) issues.push({ code: 'holiday_and_workday', path, date });
    // A make-up working day only means something on a weekend; a weekday here is a typo.
    if (!isWeekend(date)) issues.push({ code: 'workday_not_weekend', path, date });
  });
  return issues;
}

function shapeIssue(issue: z.core.$ZodIssue): YearScheduleIssue {
  const path = issue.path.join('.');
  return { code: issue.path.at(-1) === 'date' ? 'malformed_date' : 'bad_shape', path };
}

/** Reads a year-schedule file's text; every problem found is reported, not only the first. */
export function parseYearSchedule(text: string): ScheduleResult<YearSchedule> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ code: 'not_json' }] };
  }
  const parsed = YearSchedule.safeParse(json);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(shapeIssue) };
  const issues = checkYearSchedule(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}
