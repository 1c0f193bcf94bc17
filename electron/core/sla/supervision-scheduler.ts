import type { CoreContext } from '../context';
import type { Logger } from '../log';
import { superviseOverdue } from './supervise-overdue';

export const supervisionIntervalMs = 5_000;
/** Cards per round: a year-old backlog is worked off over a few minutes, never in one long lock. */
export const cardsPerRound = 200;

/** Runs automatic supervision every few seconds until stopped; an error is logged, not fatal. */
export function startSupervisionScheduler(ctx: CoreContext, log: Logger, intervalMs = supervisionIntervalMs): () => void {
  const round = () => {
    try {
      superviseOverdue(ctx, cardsPerRound);
    } catch (error) {
      log.error({ err: error }, 'automatic supervision failed');
    }
  };
  const timer = setInterval(round, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
