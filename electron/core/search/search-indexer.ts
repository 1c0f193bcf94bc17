import type { Logger } from '../log';
import type { DB } from '../store/db';
import { indexPendingCases } from '../store/search-index';

/** Cases folded per transaction when a search must see them all now. */
const BATCH = 2_000;
/** After a save, wait this long for more before indexing, so a burst is indexed together. */
const SETTLE_MS = 100;
/**
 * Cases per turn of the event loop while the queue is worked off in the background: ~10 ms each
 * (0.4–0.5 ms a case), so a call that arrives meanwhile waits that long at most (docs/decisions/0030).
 */
const CATCH_UP_BATCH = 25;

export interface SearchIndexer {
  /** A case changed: index it soon. */
  schedule(): void;
  /** Index everything queued now: before a search, so its results are never stale. */
  flush(): void;
  /**
   * Works off the queue in small batches, one per turn of the event loop, so a start serves at
   * once even with a long queue (a bulk import, a migration that requeues every case). A search
   * meanwhile still flushes first: its results are never stale.
   */
  catchUp(): void;
  stop(): void;
}

export function createSearchIndexer(db: DB, log: Logger): SearchIndexer {
  let timer: NodeJS.Timeout | null = null;
  let catching: NodeJS.Immediate | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    while (indexPendingCases(db, BATCH) === BATCH) {
      // A long queue (an import, a restart after a crash) is worked off batch by batch.
    }
  };
  const indexer: SearchIndexer = {
    schedule() {
      // In small batches, as at start: a burst (200 cases carded by one supervision round) is not one long block.
      timer ??= setTimeout(() => {
        timer = null;
        indexer.catchUp();
      }, SETTLE_MS);
    },
    flush,
    catchUp() {
      const step = () => {
        catching = null;
        try {
          if (indexPendingCases(db, CATCH_UP_BATCH) === CATCH_UP_BATCH) catching = setImmediate(step);
        } catch (error) {
          log.error({ err: error }, 'search indexing failed; it is retried at the next save or search');
        }
      };
      catching ??= setImmediate(step);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (catching) clearImmediate(catching);
      catching = null;
    },
  };
  return indexer;
}
