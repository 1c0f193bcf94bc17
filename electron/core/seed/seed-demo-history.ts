import type { SeatSync } from '../sync/seat-sync';
import type { Projector } from '../cases/projector';
import type { SearchIndexer } from '../search/search-indexer';
import type { DB } from '../store/db';
import { latestHlc } from '../store/events';
import { getMeta, setMeta } from '../store/meta';
import { playDemoHistory } from './play-demo-history';

/** The demo town's past: about three months of calls, about a dozen a day, as a town of its size takes. */
export const DEMO_HISTORY_DAYS = 90;
const CASES_PER_DAY = 12;

export interface DemoHistoryResult {
  readonly cases: number;
  readonly events: number;
  /** Steps the real rules refused (a return asked for too late), left out of the story. */
  readonly refused: number;
  readonly ms: number;
}

/**
 * Plays the demo town's history once, into a demo store that holds no events yet; a store with
 * any case of its own, or one that is not the demo town, is left alone.
 */
export function seedDemoHistoryOnce(
  db: DB,
  options: {
    readonly seatId: string;
    readonly now: Date;
    readonly projections: Projector;
    readonly searchIndex: SearchIndexer;
    /** The seat's link: a case the history files is filed offline only if the seat is. */
    readonly sync: SeatSync;
    readonly onProgress?: (day: number, days: number) => void;
  },
): DemoHistoryResult | null {
  if (getMeta(db, 'town.demo') !== 'true' || getMeta(db, 'demo.history') !== null || latestHlc(db) !== null) return null;
  const started = performance.now();
  // A commit per replayed day need not wait for the disk: an interrupted first start loses only
  // demo history (the WAL still keeps the store whole), and FULL is back before any real work.
  db.pragma('synchronous = NORMAL');
  let played: ReturnType<typeof playDemoHistory>;
  try {
    played = playDemoHistory(db, {
      days: DEMO_HISTORY_DAYS,
      casesPerDay: CASES_PER_DAY,
      seed: 12345,
      now: options.now.getTime(),
      seatId: options.seatId,
      projections: options.projections,
      searchIndex: options.searchIndex,
      sync: options.sync,
      onProgress: options.onProgress,
    });
  } finally {
    db.pragma('synchronous = FULL');
  }
  setMeta(db, 'demo.history', options.now.toISOString());
  options.searchIndex.flush();
  return { ...played, ms: Math.round(performance.now() - started) };
}
