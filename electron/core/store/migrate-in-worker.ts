import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { latestSchemaVersion, pendingMigrations, type MigrationProgress } from './migrate';

/** The migrations an existing store file still needs before it opens (none for a new one). */
export function migrationsPending(file: string): readonly number[] {
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const current = db.pragma('user_version', { simple: true }) as number;
    return current > latestSchemaVersion ? [] : pendingMigrations(current);
  } finally {
    db.close();
  }
}

/**
 * Upgrades the store on a worker thread, so this thread stays free to answer (browser mode shows
 * the progress instead of a port that does not answer). Resolves when the store is at the latest
 * schema; rejects with the worker's error, in which case nothing was changed (one transaction).
 */
export function migrateInWorker(file: string, onProgress: (progress: MigrationProgress) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./migrate-worker-boot.mjs', import.meta.url), { workerData: { file } });
    worker.on('message', (progress: MigrationProgress) => onProgress(progress));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the migration worker stopped with code ${code}`))));
  });
}
