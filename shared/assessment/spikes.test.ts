import { describe, expect, it } from 'vitest';
import { addDays } from '../sla/day';
import { detectSpikes, poissonTail, type DayCount } from './spikes';

const day = '2026-12-01';
const steady = (committeeId: string, categoryId: string, perDay: number): DayCount[] =>
  Array.from({ length: 28 }, (_, i) => ({ committeeId, categoryId, day: addDays(day, -1 - i), count: perDay }));

describe('spikes against a 28-day Poisson baseline', () => {
  it('computes the Poisson tail by hand: 1 − e⁻¹(1 + 1 + ½ + ⅙ + 1/24) = 0.00366 for P(X ≥ 5 | 1); with 1/120 more, 0.000594 for P(X ≥ 6 | 1)', () => {
    expect(poissonTail(0, 2)).toBe(1);
    expect(poissonTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonTail(5, 1)).toBeCloseTo(0.00366, 5);
    expect(poissonTail(6, 1)).toBeCloseTo(0.000594, 6);
  });

  it('flags 6 calls against one a day (p ≤ 0.001), not 5', () => {
    const five = detectSpikes([...steady('cmt.lvdi', 'cat.meal', 1), { committeeId: 'cmt.lvdi', categoryId: 'cat.meal', day, count: 5 }], day);
    expect(five).toEqual([]);
    const six = detectSpikes([...steady('cmt.lvdi', 'cat.meal', 1), { committeeId: 'cmt.lvdi', categoryId: 'cat.meal', day, count: 6 }], day);
    expect(six).toHaveLength(1);
    expect(six[0]).toMatchObject({ committeeId: 'cmt.lvdi', categoryId: 'cat.meal', count: 6, baseline: 1 });
  });

  it('lets a first burst stand out, never fewer than three calls, and ignores days outside the window', () => {
    const burst = detectSpikes([{ committeeId: 'cmt.a', categoryId: 'cat.x', day, count: 3 }], day);
    expect(burst.map((s) => s.count)).toEqual([3]);
    expect(detectSpikes([{ committeeId: 'cmt.a', categoryId: 'cat.x', day, count: 2 }], day)).toEqual([]);
    // Busy long ago (before the window) does not raise today's baseline.
    const old = [{ committeeId: 'cmt.a', categoryId: 'cat.x', day: addDays(day, -29), count: 100 }];
    expect(detectSpikes([...old, { committeeId: 'cmt.a', categoryId: 'cat.x', day, count: 3 }], day)).toHaveLength(1);
  });
});
