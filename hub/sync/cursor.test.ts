import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/case/events';
import { PullResponse, PushResponse, type EnrollResponse } from '../../shared/sync/wire';
import { isDeepStrictEqual } from 'node:util';
import { foldCase } from '../../shared/case/fold';
import { involvedUnitIds } from '../../shared/case/visibility';
import { openPool, type Pool } from '../store/db';
import { townCaseRecords } from '../store/cases';
import { eventsOfCases } from '../store/events';
import { DEMO_TOWN_ID } from '../town/seed-demo-town';
import { pullPage } from './pull';
import { ingestPush } from './push';
import { storeCaseEvents } from './refold';
import { seatByCredential } from '../store/seats';
import { hashSecret } from '../auth/tokens';
import { bearer, CaseScript, enrollTestSeat, pushBody, startHubCluster, testHub, type HubTestCluster } from '../testing/hub-fixture';

let cluster: HubTestCluster;
const hubs: FastifyInstance[] = [];
let urls: string[] = [];
beforeAll(async () => {
  cluster = await startHubCluster();
}, 60_000);
afterAll(async () => {
  await Promise.all(hubs.map((h) => h.close()));
  await cluster.stop();
});

async function http<T>(base: string, path: string, seat: EnrollResponse, parse: (x: unknown) => T, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { ...bearer(seat), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return parse(await res.json());
}

/** The statements of this database that wait for a lock another transaction holds. */
async function lockWaiters(pool: Pool): Promise<{ query: string }[]> {
  const { rows } = await pool.query<{ query: string }>("SELECT query FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()");
  return rows;
}

/** Pulls until told to stop, then drains; returns every event id received, in order of receipt. */
async function puller(seat: EnrollResponse, base: string, done: () => boolean): Promise<string[]> {
  const received: string[] = [];
  let cursor = 0;
  for (;;) {
    const finished = done();
    const page = await http(base, `/v1/sync/pull?after=${cursor}&limit=37`, seat, (x) => PullResponse.parse(x));
    for (const item of page.items) if (item.kind === 'event') received.push(item.event.id);
    cursor = page.cursor;
    if (finished && !page.more) return received;
  }
}

describe('a pull cursor never skips', () => {
  it('does not move past a number drawn by a writer that has not committed yet', async () => {
    const { pool } = await cluster.database();
    const enrolled = await enrollTestSeat(pool);
    const seat = await seatByCredential(pool, hashSecret(enrolled.credential, 'credential'));
    if (!seat) throw new Error('seat not enrolled');
    const { cursor: start } = await pullPage(pool, seat, 0);
    // Writer A draws its number and stalls before committing.
    const slow = await pool.connect();
    await slow.query('BEGIN');
    const a = new CaseScript(seat.seatCode).registered();
    await storeCaseEvents(slow, DEMO_TOWN_ID, [{ event: a, json: JSON.stringify(a) }], false);
    // Writer B pushes meanwhile; a puller looks while A is still open.
    const b = new CaseScript(seat.seatCode).registered();
    const pushB = ingestPush(pool, seat, { protocol: 1, sentAt: new Date().toISOString(), events: [b], reference: [] });
    await new Promise((r) => setTimeout(r, 300));
    const during = await pullPage(pool, seat, start);
    await slow.query('COMMIT');
    slow.release();
    await pushB;
    const after = await pullPage(pool, seat, during.cursor);
    const seen = [...during.items, ...after.items].map((i) => (JSON.parse(i.body) as { id: string }).id);
    expect(seen.sort()).toEqual([a.id, b.id].sort());
  });

  it('stores a clean push that waited on a case another writer held, folded again with that writer\'s event', async () => {
    const { pool } = await cluster.database();
    const enrolled = await enrollTestSeat(pool);
    const seat = await seatByCredential(pool, hashSecret(enrolled.credential, 'credential'));
    if (!seat) throw new Error('seat not enrolled');
    const script = new CaseScript(seat.seatCode);
    const push = (events: CaseEvent[]) => ingestPush(pool, seat, { protocol: 1, sentAt: new Date().toISOString(), events, reference: [] });
    const registered = script.registered();
    await push([registered]);
    // Writer A notes the case and stalls before committing, holding the case's projection and the sequencer.
    const slow = await pool.connect();
    await slow.query('BEGIN');
    const a = script.noted('甲');
    await storeCaseEvents(slow, DEMO_TOWN_ID, [{ event: a, json: JSON.stringify(a) }], false);
    // Push B notes the same case: its read cannot see A's note, and its projection write waits for A's row.
    const b = script.noted('乙');
    const pushB = push([b]);
    await expect.poll(async () => (await lockWaiters(pool)).map((w) => w.query), { timeout: 20_000 }).toEqual([expect.stringContaining('INSERT INTO cases')]);
    await slow.query('COMMIT');
    slow.release();
    expect((await pushB).acknowledged).toEqual([b.id]);
    const client = await pool.connect();
    const stored = await eventsOfCases(client, [script.caseId]).finally(() => client.release());
    const events = (stored.get(script.caseId) ?? []).map((e) => e.event);
    expect(events.map((e) => e.id)).toEqual([registered.id, a.id, b.id]);
    // B's first fold lacked A's note; what is kept is the fold of all three.
    const projection = (await townCaseRecords(pool, DEMO_TOWN_ID)).find((r) => r.id === script.caseId);
    expect(projection?.eventCount).toBe(3);
    expect(JSON.parse(JSON.stringify(projection))).toEqual(JSON.parse(JSON.stringify(foldCase(events))));
  });

  it('stores a clean push of a case it read as new that another writer filed meanwhile, folded with that writer\'s registration', async () => {
    const { pool } = await cluster.database();
    const enrolled = await enrollTestSeat(pool);
    const seat = await seatByCredential(pool, hashSecret(enrolled.credential, 'credential'));
    if (!seat) throw new Error('seat not enrolled');
    const script = new CaseScript(seat.seatCode);
    // Writer A files the case and stalls before committing, holding its new projection row.
    const slow = await pool.connect();
    await slow.query('BEGIN');
    const registered = script.registered();
    await storeCaseEvents(slow, DEMO_TOWN_ID, [{ event: registered, json: JSON.stringify(registered) }], false);
    // Push B dispatches it: its read finds no event of the case, so it inserts the projection as new and waits on A's row.
    const dispatched = script.dispatched('unit.zhucan');
    const pushB = ingestPush(pool, seat, { protocol: 1, sentAt: new Date().toISOString(), events: [dispatched], reference: [] });
    await expect.poll(async () => (await lockWaiters(pool)).map((w) => w.query), { timeout: 20_000 }).toEqual([expect.stringContaining('INSERT INTO cases')]);
    await slow.query('COMMIT');
    slow.release();
    expect((await pushB).acknowledged).toEqual([dispatched.id]);
    const client = await pool.connect();
    const stored = await eventsOfCases(client, [script.caseId]).finally(() => client.release());
    const events = (stored.get(script.caseId) ?? []).map((e) => e.event);
    expect(events.map((e) => e.id)).toEqual([registered.id, dispatched.id]);
    const projection = (await townCaseRecords(pool, DEMO_TOWN_ID)).find((r) => r.id === script.caseId);
    expect(JSON.parse(JSON.stringify(projection))).toEqual(JSON.parse(JSON.stringify(foldCase(events))));
    const { rows } = await pool.query<{ unit_id: string }>('SELECT unit_id FROM case_involvement WHERE case_id = $1', [script.caseId]);
    expect(rows.map((r) => r.unit_id)).toEqual(['unit.zhucan']);
  });

  it('delivers every event to every puller exactly once while many seats push through two hubs at once', async () => {
    const { url, pool } = await cluster.database();
    // Two hub instances with their own connection pools on one database: the sequencer is the database's.
    for (const p of [pool, openPool(url, 20)]) {
      const hub = await testHub(p);
      await hub.listen({ port: 0, host: '127.0.0.1' });
      hubs.push(hub);
    }
    urls = hubs.map((h) => `http://127.0.0.1:${(h.server.address() as { port: number }).port}`);
    const pushers = await Promise.all(Array.from({ length: 12 }, () => enrollTestSeat(pool)));
    const pullers = await Promise.all(Array.from({ length: 3 }, () => enrollTestSeat(pool)));

    const pushed: string[] = [];
    let pushing = true;
    const pulls = pullers.map((seat, i) => puller(seat, urls[i % 2] ?? '', () => !pushing));
    await Promise.all(
      pushers.map(async (seat, s) => {
        for (let round = 0; round < 15; round++) {
          // Batches of very different sizes make transactions of very different lengths, so they overlap and finish out of order.
          const events: CaseEvent[] = [];
          for (let c = 0; c < 1 + ((s * 7 + round * 3) % 9); c++) {
            const script = new CaseScript(seat.seatCode);
            events.push(script.registered(), script.dispatched('unit.zhucan'), script.noted(`第 ${round} 轮`));
          }
          const res = await http(urls[(s + round) % 2] ?? '', '/v1/sync/push', seat, (x) => PushResponse.parse(x), pushBody(events));
          expect(res.rejected).toEqual([]);
          pushed.push(...res.acknowledged);
        }
      }),
    );
    pushing = false;
    const received = await Promise.all(pulls);
    for (const ids of received) {
      expect(ids.length).toBe(pushed.length);
      expect(new Set(ids)).toEqual(new Set(pushed));
    }
    expect(pushed.length).toBeGreaterThan(500);
  }, 120_000);

  it('folds every case as its stored events fold while seats push onto the same cases through two hubs at once', async () => {
    const { url, pool } = await cluster.database();
    const bases: string[] = [];
    for (const p of [pool, openPool(url, 20)]) {
      const hub = await testHub(p);
      await hub.listen({ port: 0, host: '127.0.0.1' });
      hubs.push(hub);
      bases.push(`http://127.0.0.1:${(hub.server.address() as { port: number }).port}`);
    }
    const seats = await Promise.all(Array.from({ length: 6 }, () => enrollTestSeat(pool)));
    const desk = await enrollTestSeat(pool, { scope: 'unit', unitId: 'unit.cmt.lvdi' });
    const [registrar, dispatcher, whistler] = seats;
    if (!registrar || !dispatcher || !whistler) throw new Error('seats not enrolled');
    const shared = Array.from({ length: 12 }, () => new CaseScript(registrar.seatCode));
    const pushed: CaseEvent[] = [];
    await Promise.all(
      seats.map(async (seat, s) => {
        for (let round = 0; round < 4; round++) {
          // Every seat notes every shared case each round; the registration comes only in round 2,
          // after dispatches and notes, so early folds have no case yet and later ones must catch up.
          const events: CaseEvent[] = shared.map((c) => ({ ...c.noted(`座席 ${s} 第 ${round} 轮`), seatId: seat.seatCode }));
          if (seat === dispatcher && round === 0) events.push(...shared.map((c) => ({ ...c.dispatched('unit.zhucan'), seatId: seat.seatCode })));
          if (seat === whistler && round === 3) events.push(...shared.map((c) => ({ ...c.whistled(['unit.cmt.lvdi']), seatId: seat.seatCode })));
          if (seat === registrar && round === 2) events.push(...shared.map((c) => c.registered()));
          const res = await http(bases[(s + round) % 2] ?? '', '/v1/sync/push', seat, (x) => PushResponse.parse(x), pushBody(events));
          expect(res.rejected).toEqual([]);
          pushed.push(...events);
        }
      }),
    );
    const client = await pool.connect();
    const stored = await eventsOfCases(client, shared.map((c) => c.caseId)).finally(() => client.release());
    const projections = new Map((await townCaseRecords(pool, DEMO_TOWN_ID)).map((r) => [r.id, r]));
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x ?? null)) as unknown;
    for (const c of shared) {
      const events = (stored.get(c.caseId) ?? []).map((e) => e.event);
      expect(events.map((e) => e.id).sort()).toEqual(pushed.filter((e) => e.caseId === c.caseId).map((e) => e.id).sort());
      const record = foldCase(events);
      expect(isDeepStrictEqual(plain(projections.get(c.caseId)), plain(record))).toBe(true);
      expect(record && involvedUnitIds(record)).toContain('unit.cmt.lvdi');
    }
    // The whistled unit's desk receives each shared case whole, every event once, its history before the whistle included.
    const received = await puller(desk, bases[1] ?? '', () => true);
    expect(received.sort()).toEqual(pushed.map((e) => e.id).sort());
  }, 120_000);
});
