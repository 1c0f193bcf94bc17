import pg from 'pg';

// Sequence numbers are bigint; they stay below 2^53, so a JS number holds them exactly.
pg.types.setTypeParser(pg.types.builtins.INT8, (text) => Number(text));

export type Pool = pg.Pool;
export type Client = pg.PoolClient;

export function openPool(connectionString: string, max = 10): Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: 'lianxin-hub' });
  // An idle connection that drops (database restarted) must not crash the hub; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs fn in one transaction: committed whole or rolled back whole, never half-written. */
export async function inTransaction<T>(pool: Pool, fn: (client: Client) => Promise<T>, mode = ''): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN ${mode}`);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** PostgreSQL's SQLSTATE of a failed query ('23505' unique violation, '40P01' deadlock…), if it is one. */
export function pgErrorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

/**
 * A transaction that PostgreSQL broke a deadlock by (40P01) wrote nothing: run it again, from its
 * reads, up to `attempts` times. Deadlocks are rare but possible where pushes and Open311 requests
 * lock case rows and the town's sequencer.
 */
export async function inTransactionRetryingDeadlocks<T>(pool: Pool, fn: (client: Client) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(pool, fn);
    } catch (error) {
      if (attempt >= attempts || pgErrorCode(error) !== '40P01') throw error;
    }
  }
}
