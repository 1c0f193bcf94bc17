/**
 * `npm run bench:hub -- [--events N] [--quick]`: hub ingest in events/s with 1, 5 and 20 seats pushing
 * batches over HTTP at once, each next to a bare multi-row INSERT of the same rows into a table of
 * the same shape, by as many connections, in the same run (goals: ≥ 10,000 events/s and ≥ 50 % of
 * bare). Beside each figure, the CPU per event of this process (hub and its seats' HTTP clients, or
 * bare's client) and of the bench's PostgreSQL (docs/decisions/0040). A throwaway PostgreSQL with
 * fsync on; merged into bench/results.json. Each seat count runs `--rounds` times (default 3),
 * hub and bare alternated, each round on a fresh database, and reports the round of the median
 * share of bare: on two shared cores one pair swings from 0.36 to 0.68 of bare between runs
 * (docs/decisions/0055). `--quick`: 4,000 events and one round, for CI, where the figures only
 * show that the path works.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CaseEvent } from '../shared/case/events';
import { MAX_PUSH_EVENTS, PushResponse } from '../shared/sync/wire';
import type { Pool } from '../hub/store/db';
import { bearer, CaseScript, enrollTestSeat, pushBody, startHubCluster, testHub } from '../hub/testing/hub-fixture';
import { mergeBenchResults, type BenchFigure } from './bench-sla/results-file';
import { perEvent, startCpuMeter, type CpuUse } from './bench-hub/cpu-use';

const { values } = parseArgs({ options: { events: { type: 'string' }, rounds: { type: 'string' }, quick: { type: 'boolean', default: false } } });
const totalEvents = Number(values.events ?? (values.quick ? 4000 : 40000));
if (!Number.isSafeInteger(totalEvents) || totalEvents < 500) throw new Error(`--events must be an integer of at least 500: ${values.events}`);
const rounds = Number(values.rounds ?? (values.quick ? 1 : 3));
if (!Number.isSafeInteger(rounds) || rounds < 1 || rounds % 2 === 0) throw new Error(`--rounds must be an odd positive integer (the median is one round): ${values.rounds}`);
const root = resolve(import.meta.dirname, '..');

/** A seat's share of the load: cases of four events each (filed, dispatched, two notes), in push-sized batches. */
function seatBatches(seatCode: string, events: number): CaseEvent[][] {
  const all: CaseEvent[] = [];
  while (all.length < events) {
    const c = new CaseScript(seatCode);
    all.push(c.registered(), c.dispatched('unit.zhucan'), c.noted('已联系'), c.noted('跟进中'));
  }
  const batches: CaseEvent[][] = [];
  for (let i = 0; i < events; i += MAX_PUSH_EVENTS) batches.push(all.slice(i, Math.min(events, i + MAX_PUSH_EVENTS)));
  return batches;
}

async function hubIngest(pool: Pool, seats: number): Promise<{ perSecond: number; cpu: CpuUse; stored: number; batches: CaseEvent[][][] }> {
  const hub = await testHub(pool);
  await hub.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(hub.server.address() as { port: number }).port}`;
  const enrolled = await Promise.all(Array.from({ length: seats }, () => enrollTestSeat(pool)));
  const batches = enrolled.map((s) => seatBatches(s.seatCode, Math.floor(totalEvents / seats)));
  const bodies = batches.map((list) => list.map((events) => JSON.stringify(pushBody(events))));
  const meter = await startCpuMeter(pool);
  const started = performance.now();
  let stored = 0;
  await Promise.all(
    enrolled.map(async (seat, i) => {
      for (const body of bodies[i] ?? []) {
        const res = await fetch(`${base}/v1/sync/push`, { method: 'POST', headers: { ...bearer(seat), 'content-type': 'application/json' }, body });
        const answer = PushResponse.parse(await res.json());
        if (answer.rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(answer.rejected[0])}`);
        stored += answer.acknowledged.length;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = meter();
  await hub.close();
  return { perSecond: stored / seconds, cpu, stored, batches };
}

/** The same rows, as one multi-row INSERT per batch into a table shaped like the hub's events, nothing else. */
async function bareInsert(pool: Pool, batches: CaseEvent[][][]): Promise<{ perSecond: number; cpu: CpuUse; rows: number }> {
  await pool.query(`CREATE TABLE bare_events (seq bigserial PRIMARY KEY, id text NOT NULL UNIQUE, town_id text NOT NULL,
    case_id text NOT NULL, seat_id text NOT NULL, hlc text NOT NULL, body jsonb NOT NULL)`);
  await pool.query('CREATE INDEX ON bare_events (town_id, seq)');
  await pool.query('CREATE INDEX ON bare_events (case_id, seq)');
  const meter = await startCpuMeter(pool);
  const started = performance.now();
  let rows = 0;
  await Promise.all(
    batches.map(async (list) => {
      for (const events of list) {
        const params: unknown[] = [];
        const tuples = events.map((e, i) => {
          params.push(e.id, 'gaohang', e.caseId, e.seatId, e.hlc, JSON.stringify(e));
          const p = i * 6;
          return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6})`;
        });
        await pool.query(`INSERT INTO bare_events (id, town_id, case_id, seat_id, hlc, body) VALUES ${tuples.join(', ')}`, params);
        rows += events.length;
      }
    }),
  );
  const perSecond = rows / ((performance.now() - started) / 1000);
  return { perSecond, cpu: meter(), rows };
}

const cluster = await startHubCluster({ durable: true });
try {
  const figures: BenchFigure[] = [];
  // A hub in service has its code compiled and optimised: the first seat count must not pay the JIT
  // for the rest (its first round read ~60 µs of Node an event against ~37 for the next two, 0055).
  const warmUp = await cluster.database();
  await bareInsert(warmUp.pool, (await hubIngest(warmUp.pool, 5)).batches);
  await warmUp.pool.end();
  for (const seats of [1, 5, 20]) {
    const tried: { perSecond: number; bare: number; ratio: number }[] = [];
    for (let round = 1; round <= rounds; round++) {
      const { pool } = await cluster.database();
      const { perSecond, cpu, stored, batches } = await hubIngest(pool, seats);
      const { perSecond: bare, cpu: bareCpu, rows } = await bareInsert(pool, batches);
      await pool.end();
      tried.push({ perSecond, bare, ratio: perSecond / bare });
      console.log(
        `${seats} seats, round ${round}/${rounds}: hub ${Math.round(perSecond)} events/s, bare INSERT ${Math.round(bare)} rows/s (${((100 * perSecond) / bare).toFixed(0)} %); CPU per event: hub ${perEvent(cpu, stored)}, bare ${perEvent(bareCpu, rows)}`,
      );
    }
    const median = [...tried].sort((a, b) => a.ratio - b.ratio)[(rounds - 1) / 2] ?? tried[0];
    if (!median) throw new Error('no round ran');
    figures.push({ figure: `hub: ingest, ${seats} seat${seats > 1 ? 's' : ''} pushing`, value: median.perSecond, unit: 'events/s', baseline: median.bare, ratio: median.ratio, cases: totalEvents / 4 });
  }
  mergeBenchResults(join(root, 'bench/results.json'), figures);
  console.table(figures.map((f) => ({ figure: f.figure, 'events/s': Math.round(f.value), 'bare rows/s': Math.round(f.baseline ?? 0), 'of bare': `${((f.ratio ?? 0) * 100).toFixed(0)} %` })));
} finally {
  await cluster.stop();
}
