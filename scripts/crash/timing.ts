/** Where a crash run's time goes, and when its kills fell. */
export interface Timing {
  /** Kill to the seat's ready line again (ms). */
  readonly restart: number[];
  /** Ready to the desk's first acknowledged write (ms). */
  readonly flow: number[];
  /** Reading the store after the restart (ms). */
  readonly check: number[];
  /** Ready to kill (ms): when in a seat's life the kill fell. */
  readonly sinceReady: number[];
  /** At each kill, whether a write had been sent and not yet answered. */
  readonly writing: boolean[];
}

export const newTiming = (): Timing => ({ restart: [], flow: [], check: [], sinceReady: [], writing: [] });

export function mergeTimings(timings: readonly Timing[]): Timing {
  const all = newTiming();
  for (const t of timings) for (const key of Object.keys(all) as (keyof Timing)[]) (all[key] as unknown[]).push(...t[key]);
  return all;
}

/**
 * How long after the first acknowledged write since a restart the seat is killed. Most kills
 * fall within 300 ms, where a run costs least; one in four falls up to 2 s, so kills also land
 * in a seat that has run its once-a-second WAL checkpoint and has a longer write history behind it.
 */
export function killDelayMs(random: () => number): number {
  return random() < 0.75 ? random() * 300 : 300 + random() * 1700;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const BUCKETS = [250, 500, 1000, 2000];

export function timingSummary(tag: string, t: Timing): string {
  const kills = t.sinceReady.length;
  const share = (n: number) => `${kills === 0 ? 0 : Math.round((n / kills) * 100)}%`;
  const buckets = BUCKETS.map((hi, i) => {
    const lo = BUCKETS[i - 1] ?? 0;
    return `${lo}–${hi} ms ${share(t.sinceReady.filter((ms) => ms >= lo && ms < hi).length)}`;
  });
  buckets.push(`≥${BUCKETS[BUCKETS.length - 1]} ms ${share(t.sinceReady.filter((ms) => ms >= 2000).length)}`);
  const ms = (xs: readonly number[]) => `${mean(xs).toFixed(0)} ms`;
  return [
    `${tag}: a run's time, mean: restart ${ms(t.restart)}, until writes flow ${ms(t.flow)}, check ${ms(t.check)}, ready to kill ${ms(t.sinceReady)}`,
    `${tag}: kills after the seat was ready: ${buckets.join(', ')}; with a write sent and unanswered ${share(t.writing.filter(Boolean).length)}`,
  ].join('\n');
}
