import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Day, addDays, daysBetween, isWeekend, shanghaiDayStart, weekday, yearOf } from './day';

const anyDay = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('days', () => {
  it('accepts only real calendar days', () => {
    expect(Day.safeParse('2024-02-29').success).toBe(true);
    expect(Day.safeParse('2025-02-29').success).toBe(false);
    expect(Day.safeParse('2025-1-2').success).toBe(false);
    expect(Day.safeParse('2025-04-31').success).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('knows the weekday whatever the machine time zone', () => {
    expect(weekday('2025-01-26')).toBe(0);
    expect(weekday('2025-02-08')).toBe(6);
    expect(isWeekend('2025-09-26')).toBe(false);
    expect(yearOf('2027-03-01')).toBe(2027);
  });

  it('starts a Shanghai day at 16:00 UTC the day before', () => {
    expect(shanghaiDayStart('2025-10-01').toISOString()).toBe('2025-09-30T16:00:00.000Z');
  });

  it('counts back what it added', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -800, max: 800 }), (day, n) => {
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
    );
  });
});
