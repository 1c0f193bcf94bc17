import type { Logger } from '../log';
import type { DB } from './db';

/**
 * Checkpoints the WAL between calls. SQLite's automatic checkpoint runs inside whichever commit
 * crosses `WAL_AUTOCHECKPOINT_PAGES` (db.ts), so now and then a save also copied those pages into
 * a large database file; a passive checkpoint every second while the seat idles keeps the WAL short, so that
 * rarely happens. The automatic one stays as the bound during a burst. Durability is unchanged:
 * a commit is on disk once its WAL frames are synced.
 */
export function startCheckpointer(db: DB, log: Logger, everyMs = 1_000): () => void {
  const timer = setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      log.warn({ err: error }, 'WAL checkpoint failed; it is tried again in a second');
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
