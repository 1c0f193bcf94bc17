import type { Logger } from '../log';
import { writeTransaction, type DB } from '../store/db';
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
  const projectBatch = writeTransaction(db, (tx) => {
    const ids = queuedProjections(tx, BATCH);
    for (const id of ids) projectQueuedCase(tx, id);
    return ids.length;
  });
  const projectOne = writeTransaction(db, (tx, id: string) => projectQueuedCase(tx, id));
  /** Cases whose events cannot be folded (a store edited behind our back): logged once, retried at the next start. */
  const stuck = new Set<string>();
  /** Case by case, so such a case holds up only itself. */
  const projectEach = () => {
    let written = 0;
    for (const id of queuedProjections(db, -1)) {
      if (stuck.has(id)) continue;
      try {
        projectOne.immediate(id);
        written++;
      } catch (error) {
        stuck.add(id);
        log.error({ err: error, caseId: id }, 'a filed case cannot be projected; it stays queued for the next start');
      }
    }
    return written;
  };
  const flush = () => {
    if (pending) clearImmediate(pending);
    pending = null;
    // Most calls find nothing queued: a read, not a write transaction.
    const waiting = queuedProjections(db, stuck.size + 1);
    if (waiting.every((id) => stuck.has(id))) return 0;
    let total = 0;
    if (stuck.size > 0) {
      total = projectEach();
    } else {
      try {
        let n: number;
        do {
          n = projectBatch.immediate();
          total += n;
        } while (n === BATCH);
      } catch {
        total += projectEach();
      }
    }
    if (total > 0) projected();
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
