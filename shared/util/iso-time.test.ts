import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime } from './iso-time';

const year10000 = Date.UTC(10000, 0, 1);

describe('isoTime', () => {
  it('writes every instant as Date#toISOString does', () => {
    const instant = fc.oneof(
      fc.integer({ min: 0, max: year10000 + 1000 }),
      // Around the edges of days, months, leap days and centuries, where a calendar goes wrong.
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: -1, max: 1 })).map(([y, m, d]) => Math.max(0, Date.UTC(y, m, 1) + d)),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.double({ min: 0, max: year10000, noNaN: true }),
    );
    fc.assert(
      fc.property(instant, (ms) => {
        expect(isoTime(ms)).toBe(new Date(ms).toISOString());
      }),
      { seed: 20261202, numRuns: 20_000 },
    );
  });

  it('writes the first and last instants of its own range and the leap days', () => {
    for (const ms of [0, year10000 - 1, Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(2024, 1, 29), Date.UTC(1900 + 200, 2, 1)]) {
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }
    expect(isoTime(Date.UTC(2026, 11, 2, 3, 4, 5, 6))).toBe('2026-12-02T03:04:05.006Z');
  });

  it('throws on what Date cannot write, as toISOString does', () => {
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
    expect(() => isoTime(8.64e15 + 1)).toThrow(RangeError);
  });
});
