import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../sla/day';
import { bucketsOf, heatLegend, heatStep, heatTable, HEAT_STEPS } from './heat';

describe('the heat table', () => {
  it('cuts a period into Monday weeks, the first and last cut at its ends', () => {
    // 2026-11-01 is a Sunday; 2026-11-30 a Monday.
    expect(bucketsOf({ from: '2026-11-01', to: '2026-11-30' }, 'week')).toEqual([
      { from: '2026-11-01', to: '2026-11-01' },
      { from: '2026-11-02', to: '2026-11-08' },
      { from: '2026-11-09', to: '2026-11-15' },
      { from: '2026-11-16', to: '2026-11-22' },
      { from: '2026-11-23', to: '2026-11-29' },
      { from: '2026-11-30', to: '2026-11-30' },
    ]);
    expect(bucketsOf({ from: '2026-11-29', to: '2026-12-01' }, 'day').map((b) => b.from)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
  });

  it('sums each pair’s calls into its buckets, busiest pair first, and leaves days outside the period out', () => {
    const t = heatTable(
      [
        { committeeId: 'cmt.a', categoryId: 'cat.x', day: '2026-11-02', count: 2 },
        { committeeId: 'cmt.a', categoryId: 'cat.x', day: '2026-11-08', count: 3 },
        { committeeId: 'cmt.b', categoryId: 'cat.y', day: '2026-11-09', count: 9 },
        { committeeId: 'cmt.b', categoryId: 'cat.y', day: '2026-11-16', count: 100 },
      ],
      { from: '2026-11-02', to: '2026-11-15' },
      'week',
    );
    expect(t.rows).toEqual([
      { committeeId: 'cmt.b', categoryId: 'cat.y', counts: [0, 9], total: 9 },
      { committeeId: 'cmt.a', categoryId: 'cat.x', counts: [5, 0], total: 5 },
    ]);
    expect(t.max).toBe(9);
  });

  it('puts every count in the legend entry of its own colour step', () => {
    expect(heatStep(0, 10)).toBe(0);
    expect(heatStep(10, 10)).toBe(HEAT_STEPS);
    expect(heatLegend(10)).toEqual([
      { step: 1, from: 1, to: 2 },
      { step: 2, from: 3, to: 4 },
      { step: 3, from: 5, to: 6 },
      { step: 4, from: 7, to: 8 },
      { step: 5, from: 9, to: 10 },
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), (max, k) => {
        const count = 1 + (k % max);
        const entry = heatLegend(max).find((l) => l.from <= count && count <= l.to);
        expect(entry?.step).toBe(heatStep(count, max));
      }),
      { seed: 19, numRuns: 300 },
    );
  });

  it('keeps every call of the period, whatever the bucket size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 40 }), count: fc.integer({ min: 1, max: 9 }), pair: fc.constantFrom('a', 'b', 'c') }), { maxLength: 60 }),
        fc.constantFrom('day' as const, 'week' as const),
        (rows, size) => {
          const from = '2026-10-01';
          const to = addDays(from, 30);
          const counts = rows.map((r) => ({ committeeId: r.pair, categoryId: 'cat', day: addDays(from, r.d), count: r.count }));
          const t = heatTable(counts, { from, to }, size, 10);
          const inPeriod = counts.filter((c) => c.day <= to).reduce((n, c) => n + c.count, 0);
          expect(t.rows.reduce((n, r) => n + r.counts.reduce((m, c) => m + c, 0), 0)).toBe(inPeriod);
          for (const r of t.rows) expect(r.counts.length).toBe(t.buckets.length);
        },
      ),
      { seed: 7, numRuns: 100 },
    );
  });
});
