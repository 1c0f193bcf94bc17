import type { DB } from './db';
import { migrations } from './migrations';

export class StoreError extends Error {
  constructor(
    readonly code: 'database_too_new' | 'migrations_out_of_order',
    message: string,
  ) {
    super(message);
  }
}

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;

export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Where an upgrade of the store is: migration `version`, the `step`th of `steps` pending, started
 * (`done` false) or finished, `ms` since the upgrade began. A migration is one SQL step over the
 * whole store (an index built, a table filled), so its share of rows is not visible while it runs.
 */
export interface MigrationProgress {
  readonly version: number;
  readonly step: number;
  readonly steps: number;
  readonly done: boolean;
  readonly ms: number;
}

/** The migrations a store at `current` still needs. */
export function pendingMigrations(current: number, upTo: number = latestSchemaVersion): readonly number[] {
  return migrations.filter((m) => m.version > current && m.version <= upTo).map((m) => m.version);
}

/** Applies every pending migration in one transaction, or none of them, reporting each as it starts and ends. */
export function migrate(db: DB, upTo: number = latestSchemaVersion, onProgress?: (progress: MigrationProgress) => void): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && previous.version >= m.version) {
      throw new StoreError('migrations_out_of_order', `Migration ${m.version} does not follow ${previous.version}`);
    }
  });
  const current = schemaVersion(db);
  if (current > latestSchemaVersion) {
    throw new StoreError(
      'database_too_new',
      `This database was written by a newer Lianxin (schema ${current}; this version knows up to ${latestSchemaVersion}). Update Lianxin to open it.`,
    );
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return;
  const started = performance.now();
  const report = (version: number, step: number, done: boolean) =>
    onProgress?.({ version, step, steps: pending.length, done, ms: Math.round(performance.now() - started) });
  db.transaction(() => {
    pending.forEach((m, i) => {
      report(m.version, i + 1, false);
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      report(m.version, i + 1, true);
    });
  }).immediate();
}
