import { inTransaction, type Pool } from './db';
import { lockSpace } from './locks';
import { migrations as all } from './migrations';
import type { Migration } from './migrations/migration';

export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`The database is at hub schema ${found}, newer than this hub knows (${known}): update the hub`);
  }
}

/**
 * Brings the schema up to date in one transaction. Several hub processes may start at once on one
 * database: the lock makes the second wait and then find nothing left to do. Returns the version.
 */
export function migrate(pool: Pool, migrations: readonly Migration[] = all): Promise<number> {
  const known = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  return inTransaction(pool, async (client) => {
    await client.query({ name: 'migrate-lock', text: 'SELECT pg_advisory_xact_lock($1, 0)', values: [lockSpace.migrations] });
    await client.query(`CREATE TABLE IF NOT EXISTS hub_schema (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ v: number | null }>({ name: 'migrate-version', text: 'SELECT max(version) AS v FROM hub_schema' });
    const current = rows[0]?.v ?? 0;
    if (current > known) throw new SchemaTooNewError(current, known);
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      for (const statement of m.statements) await client.query(statement);
      await client.query({ name: 'migrate-record', text: 'INSERT INTO hub_schema (version, name) VALUES ($1, $2)', values: [m.version, m.name] });
    }
    return Math.max(current, known);
  });
}
