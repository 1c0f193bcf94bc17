export type SlaClockState = 'ok' | 'warning' | 'overdue';

/** A clock turns to warning when less than this share of its whole limit is left. */
export const warningFraction = 0.2;

export interface SlaClock {
  /** Negative once overdue. */
  readonly remainingMs: number;
  readonly state: SlaClockState;
  /** Remaining share of the whole limit: 1 at the start, 0 at the deadline, −1 when overdue by the whole limit again. */
  readonly fractionLeft: number;
}

/** The state of one clock at `now`; a deadline met to the millisecond is still on time. */
export function slaClock(startedAt: Date, deadline: Date, now: Date): SlaClock {
  return slaClockMs(startedAt.getTime(), deadline.getTime(), now.getTime());
}

/** `slaClock` on milliseconds since the epoch, for loops over thousands of clocks. */
export function slaClockMs(startedAtMs: number, deadlineMs: number, nowMs: number): SlaClock {
  const wholeMs = deadlineMs - startedAtMs;
  if (wholeMs <= 0) throw new RangeError('An SLA deadline must come after its start');
  const remainingMs = deadlineMs - nowMs;
  const fractionLeft = remainingMs / wholeMs;
  const state = remainingMs < 0 ? 'overdue' : fractionLeft < warningFraction ? 'warning' : 'ok';
  return { remainingMs, state, fractionLeft };
}
