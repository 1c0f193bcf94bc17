import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiDay } from '../case/case-number';
import { describeDay, isWorkingDay, officialCalendar, withOverrides, type WorkingCalendar } from './calendar';
import { addDays, weekday } from './day';
import { addWorkingDays, countWorkingDays, slaDeadline } from './deadline';
import { hours, minutes, workingDays } from './limit';

/** An Asia/Shanghai wall-clock time as an instant. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
const deadline = (start: Date, limit: Parameters<typeof slaDeadline>[1]) =>
  slaDeadline(start, limit, officialCalendar).toISOString();

describe('deadlines in minutes and hours run around the clock', () => {
  // Friday 2025-09-26 20:00 Shanghai = 12:00Z.
  const fridayEvening = shanghai('2025-09-26T20:00');

  it('from a Friday evening', () => {
    expect(deadline(fridayEvening, minutes(15))).toBe('2025-09-26T12:15:00.000Z');
    expect(deadline(fridayEvening, hours(1))).toBe('2025-09-26T13:00:00.000Z');
    expect(deadline(fridayEvening, hours(2))).toBe('2025-09-26T14:00:00.000Z');
    // Saturday 20:00 Shanghai: weekends count for hours.
    expect(deadline(fridayEvening, hours(24))).toBe('2025-09-27T12:00:00.000Z');
  });

  it('from the eve of National Day, into the holiday', () => {
    // Tuesday 2025-09-30 19:00 Shanghai = 11:00Z; 24 h later is 10-01 19:00, a holiday.
    const eve = shanghai('2025-09-30T19:00');
    expect(deadline(eve, minutes(15))).toBe('2025-09-30T11:15:00.000Z');
    expect(deadline(eve, hours(2))).toBe('2025-09-30T13:00:00.000Z');
    expect(deadline(eve, hours(24))).toBe('2025-10-01T11:00:00.000Z');
  });
});

describe('deadlines in working days end at 24:00 Shanghai of the N-th working day after the start day', () => {
  it('from Friday 2025-09-26 20:00, before National Day', () => {
    const start = shanghai('2025-09-26T20:00');
    // Sat 09-27 off; Sun 09-28 is a make-up working day → 1st. Ends 24:00 09-28 = 09-28T16:00Z.
    expect(deadline(start, workingDays(1))).toBe('2025-09-28T16:00:00.000Z');
    // 09-28 (1), Mon 09-29 (2), Tue 09-30 (3), 10-01…10-08 off, Thu 10-09 (4), Fri 10-10 (5).
    expect(deadline(start, workingDays(5))).toBe('2025-10-10T16:00:00.000Z');
    // … Sat 10-11 make-up (6), 10-13…10-17 (7–11), 10-20…10-23 (12–15).
    expect(deadline(start, workingDays(15))).toBe('2025-10-23T16:00:00.000Z');
  });

  it('from the eve of National Day, Tuesday 2025-09-30 19:00', () => {
    const eve = shanghai('2025-09-30T19:00');
    // 10-01…10-08 off → Thu 10-09 (1).
    expect(deadline(eve, workingDays(1))).toBe('2025-10-09T16:00:00.000Z');
    // 10-09 (1), 10-10 (2), Sat 10-11 make-up (3), Mon 10-13 (4), Tue 10-14 (5).
    expect(deadline(eve, workingDays(5))).toBe('2025-10-14T16:00:00.000Z');
    // 10-15…10-17 (6–8), 10-20…10-24 (9–13), 10-27 (14), 10-28 (15).
    expect(deadline(eve, workingDays(15))).toBe('2025-10-28T16:00:00.000Z');
  });

  it('from Friday 2025-01-24 18:30, the Spring Festival eve weekend', () => {
    const start = shanghai('2025-01-24T18:30');
    // Sat 01-25 off; Sun 01-26 make-up (1).
    expect(deadline(start, workingDays(1))).toBe('2025-01-26T16:00:00.000Z');
    // 01-26 (1), Mon 01-27 (2), 01-28…02-04 off, 02-05 (3), 02-06 (4), 02-07 (5).
    expect(deadline(start, workingDays(5))).toBe('2025-02-07T16:00:00.000Z');
    // Sat 02-08 make-up (6), 02-10…02-14 (7–11), 02-17…02-20 (12–15).
    expect(deadline(start, workingDays(15))).toBe('2025-02-20T16:00:00.000Z');
  });

  it('from Friday 2026-02-13 21:00, the eve of the 2026 Spring Festival', () => {
    const start = shanghai('2026-02-13T21:00');
    // Sat 02-14 is a make-up working day (1).
    expect(deadline(start, workingDays(1))).toBe('2026-02-14T16:00:00.000Z');
    // 02-15…02-23 off; Tue 02-24 (2), 02-25 (3), 02-26 (4), 02-27 (5).
    expect(deadline(start, workingDays(5))).toBe('2026-02-27T16:00:00.000Z');
    // Sat 02-28 make-up (6), 03-02…03-06 (7–11), 03-09…03-12 (12–15).
    expect(deadline(start, workingDays(15))).toBe('2026-03-12T16:00:00.000Z');
  });

  it('around 2026 Mid-autumn and National Day', () => {
    // Friday 2026-09-18 evening: Sat 09-19 off, Sun 09-20 make-up (1).
    expect(deadline(shanghai('2026-09-18T19:00'), workingDays(1))).toBe('2026-09-20T16:00:00.000Z');
    // Wednesday 2026-09-30 22:00: 10-01…10-07 off, Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 make-up (3),
    // Mon 10-12 (4), Tue 10-13 (5).
    const eve = shanghai('2026-09-30T22:00');
    expect(deadline(eve, workingDays(1))).toBe('2026-10-08T16:00:00.000Z');
    expect(deadline(eve, workingDays(5))).toBe('2026-10-13T16:00:00.000Z');
  });

  it('counts from the Shanghai day, not the UTC day', () => {
    // Monday 2025-03-03 00:30 Shanghai is still Sunday 16:30 in UTC; the start day is Monday,
    // so one working day ends at 24:00 on Tuesday 03-04.
    expect(deadline(shanghai('2025-03-03T00:30'), workingDays(1))).toBe('2025-03-04T16:00:00.000Z');
    // One minute earlier the start day is Sunday 03-02, so Monday 03-03 is the first working day.
    expect(deadline(shanghai('2025-03-02T23:59'), workingDays(1))).toBe('2025-03-03T16:00:00.000Z');
  });

  it('honours local overrides', () => {
    const town = withOverrides(officialCalendar, [{ date: '2025-03-04', working: false, reason: '镇庙会' }]);
    expect(slaDeadline(shanghai('2025-03-03T09:00'), workingDays(1), town).toISOString()).toBe('2025-03-05T16:00:00.000Z');
  });

  it('past the official data, falls back to Mon–Fri', () => {
    // Thursday 2026-12-31 10:00: Fri 2027-01-01 (1, unofficial), Mon 01-04 (2).
    expect(deadline(shanghai('2026-12-31T10:00'), workingDays(2))).toBe('2027-01-04T16:00:00.000Z');
    expect(describeDay(officialCalendar, '2027-01-01').source).toBe('unofficial');
  });
});

describe('adding and counting working days', () => {
  it('does not count the starting day', () => {
    expect(addWorkingDays('2025-03-03', 0, officialCalendar)).toBe('2025-03-03');
    expect(addWorkingDays('2025-03-03', 1, officialCalendar)).toBe('2025-03-04');
    expect(countWorkingDays('2025-03-03', '2025-03-03', officialCalendar)).toBe(0);
    expect(countWorkingDays('2025-03-03', '2025-03-10', officialCalendar)).toBe(5);
    expect(countWorkingDays('2025-03-10', '2025-03-03', officialCalendar)).toBe(-5);
  });

  it('counts across the 2025 Spring Festival with its make-up days', () => {
    // After Fri 01-24: 01-26, 01-27, 02-05, 02-06, 02-07, 02-08.
    expect(countWorkingDays('2025-01-24', '2025-02-08', officialCalendar)).toBe(6);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2025-03-03', -1, officialCalendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-03', 1.5, officialCalendar)).toThrow(RangeError);
  });
});

const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms));
const day = instant.map(shanghaiDay);
const overrides = fc.array(
  fc.record({ date: day, working: fc.boolean(), reason: fc.constant('本地调整') }),
  { maxLength: 12 },
);
const calendar: fc.Arbitrary<WorkingCalendar> = overrides.map((list) => withOverrides(officialCalendar, list));
const limit = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map(workingDays),
  fc.integer({ min: 1, max: 7 * 24 * 60 }).map(minutes),
);

/** Make-up Saturdays (调休上班) in the package's data, 2024–2026. */
const makeUpSaturdays = [...officialCalendar.years.values()]
  .filter(({ year }) => year >= 2024)
  .flatMap(({ workdays }) => [...workdays.keys()])
  .filter((d) => weekday(d) === 6);

describe('working-day properties', () => {
  it('a working-day deadline is 24:00 Shanghai closing a working day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), calendar, (start, n, cal) => {
        const end = slaDeadline(start, workingDays(n), cal);
        expect(shanghaiDay(end)).not.toBe(shanghaiDay(new Date(end.getTime() - 1)));
        expect(isWorkingDay(cal, shanghaiDay(new Date(end.getTime() - 1)))).toBe(true);
      }),
    );
  });

  it('adding then counting working days round-trips', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), calendar, (from, n, cal) => {
        expect(countWorkingDays(from, addWorkingDays(from, n, cal), cal)).toBe(n);
      }),
    );
  });

  it('a 调休 Saturday counts as a working day', () => {
    expect(makeUpSaturdays).toContain('2025-02-08');
    fc.assert(
      fc.property(fc.constantFrom(...makeUpSaturdays), (saturday) => {
        expect(isWorkingDay(officialCalendar, saturday)).toBe(true);
        expect(countWorkingDays(addDays(saturday, -1), saturday, officialCalendar)).toBe(1);
      }),
    );
  });

  it('a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(instant, instant, limit, calendar, (a, b, lim, cal) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(slaDeadline(early, lim, cal).getTime()).toBeLessThanOrEqual(slaDeadline(late, lim, cal).getTime());
      }),
    );
  });
});
