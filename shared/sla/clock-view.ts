import type { CaseClock } from './case-clocks';
import { slaClock, slaClockMs, warningFraction, type SlaClockState } from './clock';

/** What a person sees of a clock: running ones count down; stopped ones say whether they were kept. */
export type ClockStatus = SlaClockState | 'met' | 'late';

export interface ClockReading {
  readonly status: ClockStatus;
  /** Until the deadline (negative once past); for a stopped clock, the margin it stopped with. */
  readonly remainingMs: number;
}

/** Only the timing fields: stored rows and computed clocks both fit. */
export interface ClockTiming {
  readonly startedAt: string;
  readonly deadline: string;
  readonly endedAt: string | null;
}

export function readClock(clock: ClockTiming, now: Date): ClockReading {
  const deadline = Date.parse(clock.deadline);
  if (clock.endedAt !== null) {
    const margin = deadline - Date.parse(clock.endedAt);
    return { status: margin >= 0 ? 'met' : 'late', remainingMs: margin };
  }
  const { state, remainingMs } = slaClock(new Date(clock.startedAt), new Date(deadline), now);
  return { status: state, remainingMs };
}

/** `readClock` for a freshly computed clock: numbers only, unless it has stopped. */
export function readCaseClock(clock: CaseClock, nowMs: number): ClockReading {
  if (clock.endedAt !== null) {
    const margin = clock.deadlineMs - Date.parse(clock.endedAt);
    return { status: margin >= 0 ? 'met' : 'late', remainingMs: margin };
  }
  const { state, remainingMs } = slaClockMs(clock.startedAtMs, clock.deadlineMs, nowMs);
  return { status: state, remainingMs };
}

/** The running clock that breaches first, or undefined when none runs. */
export function nearestClock<T extends ClockTiming>(clocks: readonly T[]): T | undefined {
  let nearest: T | undefined;
  for (const c of clocks) if (c.endedAt === null && (!nearest || c.deadline < nearest.deadline)) nearest = c;
  return nearest;
}

/**
 * Sorts by time to breach: the nearest deadline first, cases with no running clock last. Any
 * list whose rows carry `nextDeadline` (ISO, or null) can sort with it.
 */
export function compareTimeToBreach(a: { readonly nextDeadline: string | null }, b: { readonly nextDeadline: string | null }): number {
  if (a.nextDeadline === b.nextDeadline) return 0;
  if (a.nextDeadline === null) return 1;
  if (b.nextDeadline === null) return -1;
  return a.nextDeadline < b.nextDeadline ? -1 : 1;
}

/** When a running clock enters warning: with 20 % of its whole limit left. */
export function warningAt(clock: Pick<ClockTiming, 'startedAt' | 'deadline'>): string {
  const start = Date.parse(clock.startedAt);
  const deadline = Date.parse(clock.deadline);
  return new Date(deadline - (deadline - start) * warningFraction).toISOString();
}
