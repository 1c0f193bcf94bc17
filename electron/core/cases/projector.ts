import type { Logger } from '../log';
import type { DB } from '../store/db';
import { queuedProjections } from '../store/projection-queue';
import { projectQueuedCase } from './commit';

/** Cases projected per transaction: a burst is written together, a long backlog never in one long lock. */
const BATCH = 500;

export interface Projector {
  /** A new case was filed: project it as soon as the current call has answered. */
  schedule(): void;
  /** Project every queued case now: before anything reads cases, so no read ever misses one. */
  flush(): number;
  stop(): void;
}

/**
 * Writes the projections of newly filed cases (their `cases` row, SLA facts and clocks) after
 * the save that filed them, in batches (docs/decisions/0008). `projected` runs after any were
 * written, e.g. to index them for search.
 */
export function createProjector(db: DB, log: Logger, projected: () => void): Projector {
  let pending: NodeJS.Immediate | null = null;
  const projectBatch = db.transaction(() => {
    const ids = queuedProjections(db, BATCH);
    for (const id of ids) projectQueuedCase(db, id);
    return ids.length;
  });
  const flush = () => {
    if (pending) clearImmediate(pending);
    pending = null;
    // Most calls find nothing queued: a read, not a write transaction.
    if (queuedProjections(db, 1).length === 0) return 0;
    let total = 0;
    let n: number;
    do {
      n = projectBatch.immediate();
      total += n;
    } while (n === BATCH);
    projected();
    return total;
  };
  return {
    schedule() {
      pending ??= setImmediate(() => {
        pending = null;
        try {
          flush();
        } catch (error) {
          log.error({ err: error }, 'projecting new cases failed; it is retried before the next read');
        }
      });
    },
    flush,
    stop() {
      if (pending) clearImmediate(pending);
      pending = null;
    },
  };
}
