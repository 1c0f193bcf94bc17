import { z } from 'zod';
import { addDays, weekday, type Day } from '../sla/day';
import type { Period } from './period';
import type { DayCount } from './spikes';

export const bucketSizes = ['day', 'week'] as const;
export const BucketSize = z.enum(bucketSizes);
export type BucketSize = z.infer<typeof BucketSize>;

/** One column of a heat table or one point of a trend: whole days, both ends included. */
export interface Bucket {
  readonly from: Day;
  readonly to: Day;
}

/** The period cut into days, or into weeks from Monday (the first and last cut at the period's ends). */
export function bucketsOf(period: Pick<Period, 'from' | 'to'>, size: BucketSize): Bucket[] {
  const out: Bucket[] = [];
  for (let from = period.from; from <= period.to; ) {
    const weekEnd = addDays(from, 6 - ((weekday(from) + 6) % 7));
    const end = size === 'day' ? from : weekEnd < period.to ? weekEnd : period.to;
    out.push({ from, to: end });
    from = addDays(end, 1);
  }
  return out;
}

export interface HeatRow {
  readonly committeeId: string;
  readonly categoryId: string;
  /** Calls in each bucket, in the buckets' order. */
  readonly counts: readonly number[];
  readonly total: number;
}

export interface HeatTable {
  readonly buckets: readonly Bucket[];
  readonly rows: readonly HeatRow[];
  /** The busiest cell: the top of the colour scale. */
  readonly max: number;
}

/**
 * Committee × category × time: the pairs with the most calls in the period, busiest first, their
 * calls per bucket. `limit` keeps it a table a supervisor reads at a glance, not the whole town.
 */
export function heatTable(counts: Iterable<DayCount>, period: Pick<Period, 'from' | 'to'>, size: BucketSize, limit = 25): HeatTable {
  const buckets = bucketsOf(period, size);
  const index = (day: Day): number => {
    let lo = 0;
    let hi = buckets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (buckets[mid]!.from <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const pairs = new Map<string, { committeeId: string; categoryId: string; counts: number[]; total: number }>();
  for (const c of counts) {
    if (c.day < period.from || c.day > period.to) continue;
    const key = `${c.committeeId}\u0000${c.categoryId}`;
    let row = pairs.get(key);
    if (!row) pairs.set(key, (row = { committeeId: c.committeeId, categoryId: c.categoryId, counts: buckets.map(() => 0), total: 0 }));
    row.counts[index(c.day)]! += c.count;
    row.total += c.count;
  }
  const rows = [...pairs.values()]
    .sort((a, b) => b.total - a.total || a.committeeId.localeCompare(b.committeeId) || a.categoryId.localeCompare(b.categoryId))
    .slice(0, limit);
  return { buckets, rows, max: Math.max(0, ...rows.flatMap((r) => r.counts)) };
}

/** The colour scale's steps, lightest first: 0 calls is blank, then five steps up to the busiest cell. */
export const HEAT_STEPS = 5;

/** Which step of the scale a cell falls on: 0 for no calls, 1…HEAT_STEPS by its share of the busiest cell. */
export function heatStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(HEAT_STEPS, Math.ceil((count * HEAT_STEPS) / max));
}

/** The lowest count of each step, for the legend: step s holds counts above (s − 1)/HEAT_STEPS of the max. */
export function heatLegend(max: number): { step: number; from: number; to: number }[] {
  const out: { step: number; from: number; to: number }[] = [];
  for (let s = 1; s <= HEAT_STEPS; s++) {
    const from = Math.floor(((s - 1) * max) / HEAT_STEPS) + 1;
    const to = Math.floor((s * max) / HEAT_STEPS);
    if (to >= from) out.push({ step: s, from, to });
  }
  return out;
}
