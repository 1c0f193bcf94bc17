import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../sla/day';
import { periodBounds, periodContaining, periodKinds, shiftPeriod, type Period } from './period';

describe('assessment periods (Asia/Shanghai days)', () => {
  it('a week runs Monday to Sunday', () => {
    // 2026-12-03 is a Thursday.
    expect(periodContaining('week', '2026-12-03')).toEqual({ kind: 'week', from: '2026-11-30', to: '2026-12-06' });
  });
  it('months, quarters and years end on their last day, February of a leap year included', () => {
    expect(periodContaining('month', '2028-02-10')).toMatchObject({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodContaining('month', '2026-12-31')).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodContaining('quarter', '2026-08-15')).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodContaining('year', '2026-08-15')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });
  it('a Shanghai day starts at 16:00 UTC the day before', () => {
    expect(periodBounds({ kind: 'custom', from: '2026-12-01', to: '2026-12-02' })).toEqual({
      start: '2026-11-30T16:00:00.000Z',
      end: '2026-12-02T16:00:00.000Z',
    });
  });
  it('the period before December 2026 is November; the quarter after Q4 is the next year’s first', () => {
    expect(shiftPeriod(periodContaining('month', '2026-12-02'), -1)).toEqual({ kind: 'month', from: '2026-11-01', to: '2026-11-30' });
    expect(shiftPeriod(periodContaining('quarter', '2026-11-15'), 1)).toEqual({ kind: 'quarter', from: '2027-01-01', to: '2027-03-31' });
    expect(shiftPeriod({ kind: 'custom', from: '2026-11-10', to: '2026-11-16' }, -1)).toEqual({ kind: 'custom', from: '2026-11-03', to: '2026-11-09' });
  });
  it('stepping a period back or on lands next to it, with nothing between and nothing shared, and steps back again', () => {
    const day = fc.integer({ min: 0, max: 3_650 }).map((n) => addDays('2024-01-01', n));
    const period = fc.oneof(
      fc.record({ kind: fc.constantFrom(...periodKinds.filter((k) => k !== 'custom')), day }).map(({ kind, day: d }) => periodContaining(kind, d)),
      fc.record({ from: day, length: fc.integer({ min: 0, max: 400 }) }).map(({ from, length }): Period => ({ kind: 'custom', from, to: addDays(from, length) })),
    );
    fc.assert(
      fc.property(period, fc.constantFrom(-1 as const, 1 as const), (p, step) => {
        const next = shiftPeriod(p, step);
        expect(next.kind).toBe(p.kind);
        if (step < 0) expect(daysBetween(next.to, p.from)).toBe(1);
        else expect(daysBetween(p.to, next.from)).toBe(1);
        expect(shiftPeriod(next, step < 0 ? 1 : -1)).toEqual(p);
      }),
      { seed: 1202, numRuns: 500 },
    );
  });
});
