import type { Logger } from '../log';
import type { DB } from '../store/db';
import { indexPendingCases } from '../store/search-index';

/** Cases folded into the search indexes per transaction: large enough to amortise, short enough not to stall a save. */
const BATCH = 2_000;
/** After a save, wait this long for more before indexing, so a burst is indexed together. */
const SETTLE_MS = 100;

export interface SearchIndexer {
  /** A case changed: index it soon. */
  schedule(): void;
  /** Index everything queued now: before a search, so its results are never stale. */
  flush(): void;
  stop(): void;
}

export function createSearchIndexer(db: DB, log: Logger): SearchIndexer {
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    while (indexPendingCases(db, BATCH) === BATCH) {
      // A long queue (an import, a restart after a crash) is worked off batch by batch.
    }
  };
  return {
    schedule() {
      timer ??= setTimeout(() => {
        timer = null;
        try {
          flush();
        } catch (error) {
          log.error({ err: error }, 'search indexing failed; it is retried at the next save or search');
        }
      }, SETTLE_MS);
    },
    flush,
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
