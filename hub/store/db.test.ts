import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../testing/pg-server';
import { inTransaction, inTransactionRetryingDeadlocks, openPool, type Pool } from './db';

let pg: TestPostgres;
let pool: Pool;
beforeAll(async () => {
  pg = await startTestPostgres();
  pool = openPool(await pg.createDatabase(), 4);
  await pool.query("CREATE TABLE rows_to_lock (id text PRIMARY KEY, n int NOT NULL); INSERT INTO rows_to_lock VALUES ('a', 0), ('b', 0)");
}, 60_000);
afterAll(async () => {
  await pool.end();
  pg.stop();
});

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const bump = (id: string) => `UPDATE rows_to_lock SET n = n + 1 WHERE id = '${id}'`;

describe('a transaction chosen as a deadlock’s victim', () => {
  it('is run again from its start and both writers’ changes land once each', async () => {
    let attempts = 0;
    // b then a, waiting first, so PostgreSQL's check finds the cycle here and aborts this one.
    const victim = inTransactionRetryingDeadlocks(pool, async (db) => {
      attempts++;
      await db.query(bump('b'));
      if (attempts === 1) await pause(100);
      await db.query(bump('a'));
    });
    const other = inTransaction(pool, async (db) => {
      await db.query(bump('a'));
      await pause(300);
      await db.query(bump('b'));
    });
    await Promise.all([victim, other]);
    expect(attempts).toBe(2);
    const { rows } = await pool.query<{ id: string; n: number }>('SELECT id, n FROM rows_to_lock ORDER BY id');
    expect(rows).toEqual([{ id: 'a', n: 2 }, { id: 'b', n: 2 }]);
  }, 30_000);
});
