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

/** Applies every pending migration in one transaction, or none of them. */
export function migrate(db: DB, upTo: number = latestSchemaVersion): void {
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
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}
