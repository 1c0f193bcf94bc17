import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, withYearSchedule } from './build-calendar';
import { describeDay, isWorkingDay, officialCalendar } from './calendar';
import { calendarCoverage } from './coverage';
import { yearScheduleExample2027 } from './year-schedule.example';
import { parseYearSchedule, type YearSchedule } from './year-schedule';

function schedule2027(): YearSchedule {
  const result = parseYearSchedule(yearScheduleExample2027);
  if (!result.ok) throw new Error('the 2027 example must parse');
  return result.value;
}

const year2028: YearSchedule = { year: 2028, holidays: [{ date: '2028-01-01', name: '元旦' }], workdays: [] };

describe('loading a year schedule', () => {
  it('extends coverage and makes its days official', () => {
    expect(calendarCoverage(officialCalendar)).toBe('2026-12-31');
    const result = withYearSchedule(officialCalendar, schedule2027());
    if (!result.ok) throw new Error('expected to load');
    expect(calendarCoverage(result.value)).toBe('2027-12-31');
    expect(describeDay(result.value, '2027-02-08')).toEqual({ working: false, source: 'official', name: '春节' });
    expect(describeDay(result.value, '2027-02-20')).toEqual({ working: true, source: 'official', name: '春节' });
    expect(isWorkingDay(result.value, '2027-03-01')).toBe(true);
  });

  it('refuses a year the package already knows, or one that leaves a gap, and changes nothing', () => {
    const official2026: YearSchedule = { year: 2026, holidays: [{ date: '2026-03-02', name: '假' }], workdays: [] };
    expect(withYearSchedule(officialCalendar, official2026)).toEqual({
      ok: false,
      issues: [{ code: 'wrong_year', path: 'year', expected: 2027 }],
    });
    expect(withYearSchedule(officialCalendar, year2028)).toEqual({
      ok: false,
      issues: [{ code: 'wrong_year', path: 'year', expected: 2027 }],
    });
    expect(calendarCoverage(officialCalendar)).toBe('2026-12-31');
    expect(isWorkingDay(officialCalendar, '2026-03-02')).toBe(true);
  });

  it('refuses an inconsistent schedule even when it did not come through the parser', () => {
    const clash: YearSchedule = {
      year: 2027,
      holidays: [{ date: '2027-02-20', name: '春节' }],
      workdays: [{ date: '2027-02-20', name: '春节' }],
    };
    const result = withYearSchedule(officialCalendar, clash);
    expect(!result.ok && result.issues.map((issue) => issue.code)).toEqual(['holiday_and_workday']);
  });

  it('lets a loaded year be replaced to correct it', () => {
    const first = withYearSchedule(officialCalendar, schedule2027());
    if (!first.ok) throw new Error('expected to load');
    const corrected: YearSchedule = { ...schedule2027(), holidays: [{ date: '2027-03-01', name: '更正' }] };
    const second = withYearSchedule(first.value, corrected);
    if (!second.ok) throw new Error('expected to replace');
    expect(isWorkingDay(second.value, '2027-03-01')).toBe(false);
    expect(isWorkingDay(second.value, '2027-02-08')).toBe(true);
  });
});

describe('the calendar the core builds from stored settings', () => {
  it('adds loaded years in order, then the overrides', () => {
    const result = createWorkingCalendar({
      loadedYears: [year2028, schedule2027()],
      overrides: [{ date: '2027-02-22', working: false, reason: '镇庆' }],
    });
    if (!result.ok) throw new Error('expected a calendar');
    expect(calendarCoverage(result.value)).toBe('2028-12-31');
    expect(isWorkingDay(result.value, '2028-01-01')).toBe(false);
    expect(isWorkingDay(result.value, '2027-02-22')).toBe(false);
  });

  it('skips a loaded year the package has come to know: the maintained data wins', () => {
    const stale: YearSchedule = { year: 2026, holidays: [{ date: '2026-03-02', name: '旧' }], workdays: [] };
    const result = createWorkingCalendar({ loadedYears: [stale], overrides: [] });
    expect(result.ok && isWorkingDay(result.value, '2026-03-02')).toBe(true);
  });

  it('reports a gap in the stored years', () => {
    const result = createWorkingCalendar({ loadedYears: [year2028], overrides: [] });
    expect(result.ok).toBe(false);
  });
});
