import { describe, expect, it } from 'vitest';
import { yearScheduleExample2027 } from './year-schedule.example';
import { parseYearSchedule, type YearSchedule } from './year-schedule';

const text = (value: unknown) => JSON.stringify(value);
const codes = (input: string) => {
  const result = parseYearSchedule(input);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};
const small = (patch: Partial<YearSchedule>) =>
  text({
    year: 2027,
    holidays: [{ date: '2027-01-01', name: '元旦' }],
    workdays: [{ date: '2027-02-20', name: '春节' }],
    ...patch,
  });

describe('year-schedule files', () => {
  it('reads the 2027 example', () => {
    const result = parseYearSchedule(yearScheduleExample2027);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.holidays).toHaveLength(29);
  });

  it('refuses text that is not JSON', () => {
    expect(codes('{ year: 2027')).toEqual(['not_json']);
  });

  it('refuses a wrong shape, naming where', () => {
    const result = parseYearSchedule(text({ year: '2027', holidays: [], workdays: [{ date: '2027-02-20' }] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { code: 'bad_shape', path: 'year' },
      { code: 'bad_shape', path: 'workdays.0.name' },
    ]);
  });

  it('refuses malformed and impossible dates', () => {
    expect(codes(small({ holidays: [{ date: '2027/01/01', name: '元旦' }] }))).toEqual(['malformed_date']);
    expect(codes(small({ holidays: [{ date: '2027-02-30', name: '春节' }] }))).toEqual(['malformed_date']);
  });

  it('refuses dates outside the year', () => {
    const result = parseYearSchedule(small({ holidays: [{ date: '2026-12-31', name: '元旦' }] }));
    expect(!result.ok && result.issues).toEqual([{ code: 'date_outside_year', path: 'holidays.0.date', date: '2026-12-31' }]);
  });

  it('refuses a day that is both a holiday and a working day', () => {
    const both = small({ holidays: [{ date: '2027-02-20', name: '春节' }] });
    expect(codes(both)).toEqual(['holiday_and_workday']);
  });

  it('refuses a make-up working day on a weekday, a repeated day and an empty holiday list', () => {
    expect(codes(small({ workdays: [{ date: '2027-02-22', name: '春节' }] }))).toEqual(['workday_not_weekend']);
    const twice = { date: '2027-01-01', name: '元旦' };
    expect(codes(small({ holidays: [twice, twice] }))).toEqual(['duplicate_date']);
    expect(codes(small({ holidays: [] }))).toEqual(['no_holidays']);
  });
});
