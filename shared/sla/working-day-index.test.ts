import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay, officialCalendar, withOverrides } from './calendar';
import { addDays, type Day } from './day';
import { indexedAddWorkingDays } from './working-day-index';

/** The definition the index must agree with: walk forward, counting working days. */
function walk(day: Day, n: number, calendar = officialCalendar): Day {
  let current = day;
  for (let left = n; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(calendar, current)) left--;
  }
  return current;
}

const anyDay = fc.integer({ min: 0, max: 365 * 24 }).map((offset) => addDays('2004-01-01', offset));

describe('the working-day index', () => {
  it('agrees with walking day by day, across holidays and make-up days', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 40 }), (day, n) => {
        expect(indexedAddWorkingDays(day, n, officialCalendar)).toBe(walk(day, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('follows a town override added to the calendar', () => {
    const calendar = withOverrides(officialCalendar, [{ date: '2025-03-04', working: false, reason: '镇庆' }]);
    // Monday 03-03 → the next working day skips the town's day off.
    expect(indexedAddWorkingDays('2025-03-03', 1, calendar)).toBe('2025-03-05');
    expect(indexedAddWorkingDays('2025-03-03', 1, officialCalendar)).toBe('2025-03-04');
  });

  it('leaves days outside its range to the caller', () => {
    expect(indexedAddWorkingDays('1999-12-31', 1, officialCalendar)).toBeNull();
    expect(indexedAddWorkingDays('2099-01-01', 1, officialCalendar)).toBeNull();
  });
});
