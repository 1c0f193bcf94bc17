import { describe, expect, it } from 'vitest';
import { officialCalendar } from './calendar';
import { calendarCoverage, calendarWarning } from './coverage';

describe('calendar coverage', () => {
  it('runs through the last year chinese-days knows', () => {
    expect(calendarCoverage(officialCalendar)).toBe('2026-12-31');
  });

  it('is quiet until a month before the data runs out', () => {
    expect(calendarWarning(officialCalendar, '2026-06-01')).toBeNull();
    expect(calendarWarning(officialCalendar, '2026-11-29')).toBeNull(); // 32 days left
  });

  it('warns in the last 31 days', () => {
    expect(calendarWarning(officialCalendar, '2026-11-30')).toEqual({
      code: 'calendar_running_out',
      coveredThrough: '2026-12-31',
      daysLeft: 31,
    });
    expect(calendarWarning(officialCalendar, '2026-12-31')).toEqual({
      code: 'calendar_running_out',
      coveredThrough: '2026-12-31',
      daysLeft: 0,
    });
  });

  it('says so once the data has run out', () => {
    expect(calendarWarning(officialCalendar, '2027-01-01')).toEqual({
      code: 'calendar_ran_out',
      coveredThrough: '2026-12-31',
    });
  });
});
