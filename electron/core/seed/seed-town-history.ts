import { join } from 'node:path';
import { createProjector } from '../cases/projector';
import type { Logger } from '../log';
import { CREDENTIAL_FILE } from '../open-core';
import { createSearchIndexer } from '../search/search-indexer';
import type { DB } from '../store/db';
import { latestHlc } from '../store/events';
import { getMeta, setMeta } from '../store/meta';
import { fileSecretStore } from '../sync/secret-store';
import { createSeatSync } from '../sync/seat-sync';
import { sourceWorkerFile } from '../sync/sync-worker-host';
import { playDemoHistory } from './play-demo-history';

/** A town's store holds years of calls; a small one at least a season, so every kind of story has had time to end. */
const MAX_DAYS = 3 * 365;
const MIN_DAYS = 90;
/** Calls a day a busy town's hotline takes: a million cases are about three years of them. */
const CASES_PER_DAY = 920;
/** Search indexing after this many played days: a case lives a few days, so most are indexed once, closed. */
const INDEX_EVERY_DAYS = 7;
/**
 * The last days are played case by case through the real loop, automatic supervision included:
 * today's board, inbox and cards. Before them, plain stories are played in memory and written
 * once each is over (cases-in-memory.ts).
 */
const LIVE_DAYS = 30;
const DAY_MS = 86_400_000;
/** SQLite's page cache while seeding, in KiB (negative: a size, not pages). */
const SEED_CACHE_KIB = -256 * 1024;

export interface TownHistoryOptions {
  readonly cases: number;
  readonly seed: number;
  readonly now: Date;
  readonly log: Logger;
  readonly onProgress?: (day: number, days: number) => void;
}

export interface TownHistoryResult {
  readonly days: number;
  readonly cases: number;
  readonly events: number;
  readonly refused: number;
}

/** How many days of calls `cases` cases are, at a busy town's rate (never fewer than a season, never more than three years). */
export function townHistoryDays(cases: number): number {
  return Math.min(MAX_DAYS, Math.max(MIN_DAYS, Math.round(cases / CASES_PER_DAY)));
}

/**
 * A town's store as years of its real loop leave it: about `cases` calls over
 * `townHistoryDays(cases)` days, each filed, dispatched, worked, replied, called back, evaluated
 * and closed by the same services a seat's keys call (the demo town's history, at scale), on a
 * clock walking up to `now` — so most cases are closed and today's stand in every state with
 * their clocks ok, warning or overdue. Projections, clocks, assessment facts and reply counters
 * are written by the loop and the store's triggers; the search index is kept up as the years go.
 * The store must hold the demo town and no events.
 */
export function seedTownHistory(db: DB, dataDir: string, dbFile: string, options: TownHistoryOptions): TownHistoryResult {
  if (getMeta(db, 'town.demo') !== 'true') throw new Error('The store is not the demo town: seed a town history only into a fresh demo store.');
  if (latestHlc(db) !== null) throw new Error('The store already holds events: a town history is played into an empty demo store only.');
  const seatId = getMeta(db, 'seat.code') ?? 'GH01';
  const days = townHistoryDays(options.cases);
  const searchIndex = createSearchIndexer(db, options.log);
  const projections = createProjector(db, options.log, () => undefined);
  // The seat's own link, not enrolled: the loop asks it whether a call is filed offline.
  const sync = createSeatSync({
    db,
    dbFile,
    seatCode: seatId,
    secrets: fileSecretStore(join(dataDir, CREDENTIAL_FILE)),
    workerFile: sourceWorkerFile(),
    log: options.log,
    applied: () => undefined,
    stateChanged: () => undefined,
  });
  let played = 0;
  // As the demo history does: a commit per day need not wait for the disk while the store is built.
  db.pragma('synchronous = NORMAL');
  // Years of cases touch the newest pages again and again: keep them in memory while the store is built.
  const cacheSize: unknown = db.pragma('cache_size', { simple: true });
  db.pragma(`cache_size = ${SEED_CACHE_KIB}`);
  try {
    const result = playDemoHistory(db, {
      days,
      casesPerDay: options.cases / days,
      seed: options.seed,
      now: options.now.getTime(),
      bulkBefore: options.now.getTime() - LIVE_DAYS * DAY_MS,
      seatId,
      projections,
      searchIndex,
      sync,
      onProgress: options.onProgress,
      onDayPlayed: () => {
        if (++played % INDEX_EVERY_DAYS === 0) searchIndex.flush();
      },
    });
    searchIndex.flush();
    setMeta(db, 'demo.history', options.now.toISOString());
    return { days, ...result };
  } finally {
    db.pragma('synchronous = FULL');
    db.pragma(`cache_size = ${Number(cacheSize)}`);
    searchIndex.stop();
    projections.stop();
    void sync.close();
  }
}
