import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../testing/pg-server';
import { openPool, type Pool } from './db';
import { migrate, SchemaTooNewError } from './migrate';
import { migrations } from './migrations';

let pg: TestPostgres;
const pools: Pool[] = [];
beforeAll(async () => {
  pg = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  pg.stop();
});

async function emptyDatabase(): Promise<Pool> {
  const pool = openPool(await pg.createDatabase(), 4);
  pools.push(pool);
  return pool;
}

async function tables(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  return rows.map((r) => r.t);
}

describe('hub migrations', () => {
  it('are numbered 1, 2, … without gaps or reuse', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('build the whole schema from an empty database, and do nothing the second time', async () => {
    const pool = await emptyDatabase();
    expect(await migrate(pool)).toBe(3);
    expect(await tables(pool)).toEqual([
      'case_involvement',
      'cases',
      'enrollment_codes',
      'event_stream',
      'events',
      'hub_schema',
      'open311_case_numbers',
      'open311_clients',
      'open311_requests',
      'quarantine',
      'reference_history',
      'reference_records',
      'seats',
      'towns',
      'unit_backfill',
    ]);
    expect(await migrate(pool)).toBe(3);
  });

  it('carry a database at version 1, its seats included, to the newest', async () => {
    const pool = await emptyDatabase();
    await migrate(pool, migrations.slice(0, 1));
    await pool.query("INSERT INTO towns (id, name, seat_prefix) VALUES ('t', 'T', 'TT')");
    await pool.query("INSERT INTO seats (id, town_id, seat_code, label, scope, credential_hash) VALUES ('s', 't', 'TT01', 'x', 'town', '\\x01')");
    expect(await migrate(pool)).toBe(3);
    expect((await pool.query('SELECT seat_code FROM seats')).rows).toEqual([{ seat_code: 'TT01' }]);
    await pool.query("INSERT INTO events (id, town_id, case_id, seat_id, hlc, body) VALUES ('e', 't', 'c', 'TT01', 'h', '{}')");
    await pool.query("INSERT INTO event_stream (seq, town_id, case_id, event_id) VALUES (nextval('stream_seq'), 't', 'c', 'e')");
  });

  it('carry a database at version 2, its town and events included, to version 3', async () => {
    const pool = await emptyDatabase();
    await migrate(pool, migrations.slice(0, 2));
    await pool.query("INSERT INTO towns (id, name, seat_prefix) VALUES ('t', 'T', 'TT')");
    await pool.query("INSERT INTO events (id, town_id, case_id, seat_id, hlc, body) VALUES ('e', 't', 'c', 'TT01', 'h', '{}')");
    await pool.query("INSERT INTO event_stream (seq, town_id, case_id, event_id) VALUES (nextval('stream_seq'), 't', 'c', 'e')");
    expect(await migrate(pool)).toBe(3);
    expect((await pool.query('SELECT open311_publish_phone_cases AS p FROM towns')).rows).toEqual([{ p: false }]);
    expect((await pool.query('SELECT count(*)::int AS n FROM events')).rows).toEqual([{ n: 1 }]);
    await pool.query("INSERT INTO open311_clients (id, town_id, label, key_hash) VALUES ('app', 't', 'App', '\\x01')");
  });

  it('let several hubs start on one database at once', async () => {
    const url = await pg.createDatabase();
    const many = [openPool(url, 2), openPool(url, 2), openPool(url, 2)];
    pools.push(...many);
    expect(await Promise.all(many.map((p) => migrate(p)))).toEqual([3, 3, 3]);
  });

  it('stop a hub older than its database', async () => {
    const pool = await emptyDatabase();
    await migrate(pool);
    await expect(migrate(pool, migrations.slice(0, 1))).rejects.toBeInstanceOf(SchemaTooNewError);
  });
});
