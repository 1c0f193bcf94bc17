import { describe, expect, it } from 'vitest';
import { addDays } from '../sla/day';
import { defaultSpikeOptions, detectSpikes, poissonTail, type DayCount } from './spikes';

const oneDay = { ...defaultSpikeOptions, recentDays: 1 };

const day = '2026-12-01';
const steady = (committeeId: string, categoryId: string, perDay: number): DayCount[] =>
  Array.from({ length: 28 }, (_, i) => ({ committeeId, categoryId, day: addDays(day, -1 - i), count: perDay }));
const steadyBefore3 = (perDay: number): DayCount[] =>
  Array.from({ length: 28 }, (_, i) => ({ committeeId: 'cmt.lvdi', categoryId: 'cat.meal', day: addDays(day, -3 - i), count: perDay }));

describe('spikes against a 28-day Poisson baseline', () => {
  it('computes the Poisson tail by hand: 1 − e⁻¹(1 + 1 + ½ + ⅙ + 1/24) = 0.00366 for P(X ≥ 5 | 1); with 1/120 more, 0.000594 for P(X ≥ 6 | 1)', () => {
    expect(poissonTail(0, 2)).toBe(1);
    expect(poissonTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonTail(5, 1)).toBeCloseTo(0.00366, 5);
    expect(poissonTail(6, 1)).toBeCloseTo(0.000594, 6);
  });

  it('flags 6 calls against one a day (p ≤ 0.001), not 5', () => {
    const five = detectSpikes([...steady('cmt.lvdi', 'cat.meal', 1), { committeeId: 'cmt.lvdi', categoryId: 'cat.meal', day, count: 5 }], day, oneDay);
    expect(five).toEqual([]);
    const six = detectSpikes([...steady('cmt.lvdi', 'cat.meal', 1), { committeeId: 'cmt.lvdi', categoryId: 'cat.meal', day, count: 6 }], day, oneDay);
    expect(six).toHaveLength(1);
    expect(six[0]).toMatchObject({ committeeId: 'cmt.lvdi', categoryId: 'cat.meal', count: 6, baseline: 1 });
  });

  it('lets a first burst stand out, never fewer than three calls, and ignores days outside the window', () => {
    const burst = detectSpikes([{ committeeId: 'cmt.a', categoryId: 'cat.x', day, count: 3 }], day, oneDay);
    expect(burst.map((s) => s.count)).toEqual([3]);
    expect(detectSpikes([{ committeeId: 'cmt.a', categoryId: 'cat.x', day, count: 2 }], day, oneDay)).toEqual([]);
    // Busy long ago (before the window) does not raise today's baseline.
    const old = [{ committeeId: 'cmt.a', categoryId: 'cat.x', day: addDays(day, -29), count: 100 }];
    expect(detectSpikes([...old, { committeeId: 'cmt.a', categoryId: 'cat.x', day, count: 3 }], day, oneDay)).toHaveLength(1);
  });

  it('by default sums the last three days against three days of the 28 before them', () => {
    // 1 a day before; 4 + 4 + 4 lately against λ = 3: P(X ≥ 12 | 3) ≈ 7e-5 → a spike; 2 + 2 + 2 is not.
    const recent = (n: number) => [0, 1, 2].map((i) => ({ committeeId: 'cmt.lvdi', categoryId: 'cat.meal', day: addDays(day, -i), count: n }));
    const [spike] = detectSpikes([...steadyBefore3(1), ...recent(4)], day);
    expect(spike).toMatchObject({ count: 12, baseline: 3 });
    expect(spike?.pValue).toBeCloseTo(poissonTail(12, 3), 12);
    expect(detectSpikes([...steadyBefore3(1), ...recent(2)], day)).toEqual([]);
  });
});
