import type { CoreContext } from '../context';
import type { Logger } from '../log';
import { superviseOverdue } from './supervise-overdue';

export const supervisionIntervalMs = 5_000;
/** Cards per round: a year-old backlog is worked off over a few minutes, never in one long lock. */
export const cardsPerRound = 200;
/**
 * Cards per transaction, one slice per turn of the event loop: a call that arrives during a round
 * waits for one slice (~10 ms), not for the round (200 cards took 0.1–0.7 s, which a dispatcher's
 * F4 sat behind; docs/decisions/0030).
 */
export const cardsPerSlice = 8;

/** Runs automatic supervision every few seconds until stopped; an error is logged, not fatal. */
export function startSupervisionScheduler(ctx: CoreContext, log: Logger, intervalMs = supervisionIntervalMs): () => void {
  let slice: NodeJS.Immediate | null = null;
  const work = (carded: number) => {
    slice = null;
    try {
      const n = superviseOverdue(ctx, cardsPerSlice).length;
      // A slice that carded nothing ends the round: what is left is not due a card yet.
      if (n > 0 && carded + n < cardsPerRound) slice = setImmediate(work, carded + n);
    } catch (error) {
      log.error({ err: error }, 'automatic supervision failed');
    }
  };
  const timer = setInterval(() => {
    slice ??= setImmediate(work, 0);
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (slice) clearImmediate(slice);
    slice = null;
  };
}
