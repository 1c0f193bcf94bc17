import { addDays, type Day } from '../sla/day';

/** Calls about one category from one committee on one Asia/Shanghai day. */
export interface DayCount {
  readonly committeeId: string;
  readonly categoryId: string;
  readonly day: Day;
  readonly count: number;
}

export interface Spike extends DayCount {
  /** `count` is the calls of the recent days ending on `day`; this, the calls expected in as many days of the baseline. */
  readonly baseline: number;
  /** P(X ≥ count) for X ~ Poisson(baseline): how unlikely the day is if nothing changed. */
  readonly pValue: number;
}

export interface SpikeOptions {
  /** The recent stretch judged: a burst that builds over an evening and a morning is one burst. */
  readonly recentDays: number;
  /** The days before the recent stretch that say what is usual. */
  readonly baselineDays: number;
  readonly maxPValue: number;
  /** Fewer calls than this are never a spike, however quiet the baseline. */
  readonly minCount: number;
}

export const defaultSpikeOptions: SpikeOptions = { recentDays: 3, baselineDays: 28, maxPValue: 0.001, minCount: 3 };

/** The first day whose calls a spike test on `day` reads. */
export function spikeWindowStart(day: Day, options: SpikeOptions = defaultSpikeOptions): Day {
  return addDays(day, 1 - options.recentDays - options.baselineDays);
}

/** P(X ≥ k) for a Poisson variable of mean λ, summed from below (k is a day's calls: small). */
export function poissonTail(k: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= lambda / (i + 1);
  }
  return Math.max(0, 1 - below);
}

/**
 * The committee × category pairs whose calls in the recent days up to `day` stand out against the
 * rolling baseline of the days before: the trigger for a proactive case (未诉先办). A pair never
 * called about before is given one call in the whole baseline, so a first burst can still stand out.
 */
export function detectSpikes(counts: Iterable<DayCount>, day: Day, options: SpikeOptions = defaultSpikeOptions): Spike[] {
  const first = spikeWindowStart(day, options);
  const recentFrom = addDays(day, 1 - options.recentDays);
  const pairs = new Map<string, { committeeId: string; categoryId: string; today: number; before: number }>();
  for (const c of counts) {
    if (c.day < first || c.day > day) continue;
    const key = `${c.committeeId}\u0000${c.categoryId}`;
    let p = pairs.get(key);
    if (!p) pairs.set(key, (p = { committeeId: c.committeeId, categoryId: c.categoryId, today: 0, before: 0 }));
    if (c.day >= recentFrom) p.today += c.count;
    else p.before += c.count;
  }
  const spikes: Spike[] = [];
  for (const p of pairs.values()) {
    if (p.today < options.minCount) continue;
    const baseline = (Math.max(p.before, 1) / options.baselineDays) * options.recentDays;
    const pValue = poissonTail(p.today, baseline);
    if (pValue <= options.maxPValue) {
      spikes.push({ committeeId: p.committeeId, categoryId: p.categoryId, day, count: p.today, baseline, pValue });
    }
  }
  return spikes.sort((a, b) => a.pValue - b.pValue || b.count - a.count);
}
