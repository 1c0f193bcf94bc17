import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../testing/pg-server';
import { openPool, type Pool } from './db';
import { migrate, SchemaTooNewError } from './migrate';
import { migrations } from './migrations';
import { lockSpace } from './locks';

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
    expect(await migrate(pool)).toBe(7);
    expect(await tables(pool)).toEqual([
      'case_involvement',
      'cases',
      'enrollment_codes',
      'event_skews',
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
    expect(await migrate(pool)).toBe(7);
  });

  it('carry a database at version 1, its seats included, to the newest', async () => {
    const pool = await emptyDatabase();
    await migrate(pool, migrations.slice(0, 1));
    await pool.query("INSERT INTO towns (id, name, seat_prefix) VALUES ('t', 'T', 'TT')");
    await pool.query("INSERT INTO seats (id, town_id, seat_code, label, scope, credential_hash) VALUES ('s', 't', 'TT01', 'x', 'town', '\\x01')");
    expect(await migrate(pool)).toBe(7);
    expect((await pool.query('SELECT seat_code FROM seats')).rows).toEqual([{ seat_code: 'TT01' }]);
    await pool.query("INSERT INTO events (seq, id, town_id, case_id, seat_id, hlc, body) VALUES (nextval('stream_seq'), 'e', 't', 'c', 'TT01', 'h', '{}')");
  });

  it('carry a database at version 2, its town and events included, to the newest', async () => {
    const pool = await emptyDatabase();
    await migrate(pool, migrations.slice(0, 2));
    await pool.query("INSERT INTO towns (id, name, seat_prefix) VALUES ('t', 'T', 'TT')");
    await pool.query("INSERT INTO events (id, town_id, case_id, seat_id, hlc, body) VALUES ('e', 't', 'c', 'TT01', 'h', '{}')");
    await pool.query("INSERT INTO event_stream (seq, town_id, case_id, event_id) VALUES (nextval('stream_seq'), 't', 'c', 'e')");
    expect(await migrate(pool)).toBe(7);
    expect((await pool.query('SELECT open311_publish_phone_cases AS p FROM towns')).rows).toEqual([{ p: false }]);
    expect((await pool.query('SELECT count(*)::int AS n FROM events')).rows).toEqual([{ n: 1 }]);
    await pool.query("INSERT INTO open311_clients (id, town_id, label, key_hash) VALUES ('app', 't', 'App', '\\x01')");
  });

  it('carry a database at version 3 to 4: each event keeps its stream number, and a unit its back history', async () => {
    const pool = await emptyDatabase();
    await migrate(pool, migrations.slice(0, 3));
    await pool.query("INSERT INTO towns (id, name, seat_prefix) VALUES ('t', 'T', 'TT')");
    for (const id of ['e1', 'e2', 'e3']) {
      await pool.query("INSERT INTO events (id, town_id, case_id, seat_id, hlc, body) VALUES ($1, 't', 'c', 'TT01', 'h', '{}')", [id]);
    }
    // Numbered out of insertion order, with a gap, as concurrent pushes leave them.
    await pool.query("SELECT setval('stream_seq', 10)");
    for (const id of ['e2', 'gap', 'e1', 'e3']) {
      if (id === 'gap') await pool.query("SELECT nextval('stream_seq')");
      else await pool.query("INSERT INTO event_stream (seq, town_id, case_id, event_id) VALUES (nextval('stream_seq'), 't', 'c', $1)", [id]);
    }
    await pool.query("INSERT INTO unit_backfill (seq, town_id, unit_id, event_seq) VALUES (nextval('stream_seq'), 't', 'u', 11)");
    expect(await migrate(pool)).toBe(7);
    expect((await pool.query('SELECT id, seq FROM events ORDER BY seq')).rows).toEqual([
      { id: 'e2', seq: 11 },
      { id: 'e1', seq: 13 },
      { id: 'e3', seq: 14 },
    ]);
    expect((await pool.query('SELECT e.id FROM unit_backfill b JOIN events e ON e.town_id = b.town_id AND e.seq = b.event_seq')).rows).toEqual([{ id: 'e2' }]);
    // The sequence goes on above every number carried over.
    const { rows } = await pool.query<{ n: string }>("SELECT nextval('stream_seq') AS n");
    expect(Number(rows[0]?.n)).toBeGreaterThan(15);
  });

  it('carry a database at version 4 to 5: its events stay, and a skew can be kept for one', async () => {
    const pool = await emptyDatabase();
    await migrate(pool, migrations.filter((m) => m.version <= 4));
    await pool.query("INSERT INTO towns (id, name, seat_prefix) VALUES ('t', 'T', 'TT')");
    await pool.query("INSERT INTO events (seq, id, town_id, case_id, seat_id, hlc, body) VALUES (nextval('stream_seq'), 'e', 't', 'c', 'TT01', 'h', '{}')");
    expect(await migrate(pool, migrations.filter((m) => m.version <= 5))).toBe(5);
    await pool.query("INSERT INTO event_skews (event_id, skew_ms) VALUES ('e', -420000)");
    expect((await pool.query('SELECT e.id, s.skew_ms FROM events e JOIN event_skews s ON s.event_id = e.id')).rows).toEqual([{ id: 'e', skew_ms: -420000 }]);
  });

  it('carry a database at version 5 to 6: the guard takes the town sequencer and sees what its holder committed', async () => {
    const pool = await emptyDatabase();
    await migrate(pool, migrations.filter((m) => m.version <= 5));
    await pool.query("INSERT INTO towns (id, name, seat_prefix) VALUES ('t', 'T', 'TT')");
    expect(await migrate(pool, migrations.filter((m) => m.version <= 6))).toBe(6);
    const guard = (high: number) =>
      pool.query<{ stale: boolean }>("SELECT hub_sequencer_guard($1, 't', ARRAY['c'], $2) AS stale", [lockSpace.townSequencer, high]).then((r) => r.rows[0]?.stale);
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query("SELECT pg_advisory_xact_lock($1, hashtext('t'))", [lockSpace.townSequencer]);
      await holder.query("INSERT INTO events (seq, id, town_id, case_id, seat_id, hlc, body) VALUES (7, 'e', 't', 'c', 'TT01', 'h', '{}')");
      // Asked while the holder has not committed: the guard waits for the lock, then sees the holder's event.
      const waiting = guard(6);
      await new Promise((r) => setTimeout(r, 200));
      await holder.query('COMMIT');
      expect(await waiting).toBe(true);
    } finally {
      holder.release();
    }
    expect(await guard(7)).toBe(false);
  });

  it('carry a database at version 6 to 7: its cases stay, and the taking guard waits for the sequencer, then refuses a stale batch', async () => {
    const pool = await emptyDatabase();
    await migrate(pool, migrations.filter((m) => m.version <= 6));
    await pool.query("INSERT INTO towns (id, name, seat_prefix) VALUES ('t', 'T', 'TT')");
    await pool.query(`INSERT INTO cases (id, town_id, number, status, registered_at, record, last_seq)
      VALUES ('c', 't', 'TT01-1', 'new', now(), '{"id": "c"}', 3)`);
    expect(await migrate(pool)).toBe(7);
    expect((await pool.query('SELECT id, record FROM cases')).rows).toEqual([{ id: 'c', record: { id: 'c' } }]);
    // The column is gone: a projection is written without a stream number.
    await pool.query(`INSERT INTO cases (id, town_id, number, status, registered_at, record) VALUES ('d', 't', 'TT01-2', 'new', now(), '{}')`);
    const take = (high: number) => pool.query<{ ok: boolean }>("SELECT hub_sequencer_take($1, 't', ARRAY['c'], $2, 0) AS ok", [lockSpace.townSequencer, high]);
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query("SELECT pg_advisory_xact_lock($1, hashtext('t'))", [lockSpace.townSequencer]);
      await holder.query("INSERT INTO events (seq, id, town_id, case_id, seat_id, hlc, body) VALUES (7, 'e', 't', 'c', 'TT01', 'h', '{}')");
      // Asked while the holder has not committed: it waits for the lock, then sees the holder's event and refuses.
      const waiting = take(6).then(
        () => 'taken',
        (e: { code?: string }) => e.code,
      );
      await new Promise((r) => setTimeout(r, 200));
      await holder.query('COMMIT');
      expect(await waiting).toBe('40001');
    } finally {
      holder.release();
    }
    expect((await take(7)).rows).toEqual([{ ok: true }]);
  });

  it('let several hubs start on one database at once', async () => {
    const url = await pg.createDatabase();
    const many = [openPool(url, 2), openPool(url, 2), openPool(url, 2)];
    pools.push(...many);
    expect(await Promise.all(many.map((p) => migrate(p)))).toEqual([7, 7, 7]);
  });

  it('stop a hub older than its database', async () => {
    const pool = await emptyDatabase();
    await migrate(pool);
    await expect(migrate(pool, migrations.slice(0, 1))).rejects.toBeInstanceOf(SchemaTooNewError);
  });
});
