/**
 * `npm run bench:sync -- [--events N] [--quick] [--hub real|stand-in]`: a seat with a backlog of N unsent
 * events (default 100,000; `--quick` 5,000; demo cases seeded through the real event path) enrolls with the real
 * hub on a throwaway PostgreSQL (or the in-process stand-in, electron/core/sync/testing/stand-in-hub.ts)
 * and drains its outbox through its sync worker thread, while a desk keeps calling the API. Prints
 * the drain time, the pushes it took, the API call p50/p95 during the drain and the process RSS
 * (main thread and worker) before and during it; the same API calls before the drain are the bare
 * baseline. Merged into bench/results.json.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LinkState } from '../shared/sync/link-state';
import { createLogger } from '../electron/core/log';
import { DATABASE_FILE, openCore } from '../electron/core/open-core';
import { seedDemoCases } from '../electron/core/seed/seed-demo-cases';
import { openDatabase } from '../electron/core/store/db';
import { startStandInHub } from '../electron/core/sync/testing/stand-in-hub';
import { mergeBenchResults } from './bench-sla/results-file';
import { startBenchHub } from './bench-sync-drain/real-hub';

const { values } = parseArgs({
  options: { events: { type: 'string' }, quick: { type: 'boolean', default: false }, hub: { type: 'string', default: 'real' }, 'serve-hub': { type: 'boolean', default: false } },
});
if (values.hub !== 'real' && values.hub !== 'stand-in') throw new Error(`--hub must be real or stand-in: ${values.hub}`);

// The hub runs in a child process, so the RSS measured here is the seat's alone.
if (values['serve-hub'] && values.hub === 'real') {
  const hub = await startBenchHub();
  console.log(JSON.stringify({ url: hub.url, code: hub.code }));
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'stats') console.log(JSON.stringify(await hub.stats()));
  }
  await hub.close();
  process.exit(0);
}
if (values['serve-hub']) {
  const hub = await startStandInHub();
  console.log(JSON.stringify({ url: hub.url, code: hub.issueCode('GH01') }));
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'stats') console.log(JSON.stringify({ pushes: hub.served.get('/v1/sync/push') ?? 0, held: hub.events().length }));
  }
  await hub.close();
  process.exit(0);
}
const target = Number(values.events ?? (values.quick ? 5_000 : 100_000));
if (!Number.isSafeInteger(target) || target < 1) throw new Error(`--events must be a positive integer: ${values.events}`);
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const dataDir = mkdtempSync(join(tmpdir(), 'lianxin-drain-'));
const log = createLogger('silent');
(await openCore({ dataDir, logger: log })).close();
const db = openDatabase(join(dataDir, DATABASE_FILE));
const count = (d: Database.Database) => (d.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
// About 1.85 events a demo case: seed until the backlog reaches the target.
while (count(db) < target) seedDemoCases(db, { count: Math.max(100, Math.ceil((target - count(db)) / 1.8)), seed: count(db) + 1 });
const backlog = count(db);
db.close();
console.log(`backlog: ${backlog} unsent events; hub: ${values.hub === 'real' ? 'the real hub on a throwaway PostgreSQL (fsync on)' : 'the in-process stand-in'}`);

const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--serve-hub', '--hub', values.hub], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const nextLine = async () => JSON.parse(String((await lines.next()).value)) as Record<string, unknown>;
const hub = (await nextLine()) as { url: string; code: string };
const core = await openCore({ dataDir, logger: log });
let state: LinkState | null = null;
let id = 0;
const call = async (method: string, input: unknown, session: string | null) => {
  const r = await core.call({ id: id++, method, input, session, lang: 'zh-CN' });
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
};
const admin = ((await call('auth:login', { username: 'admin', password: 'demo-admin' }, null)) as { token: string }).token;
const op = ((await call('auth:login', { username: 'op01', password: 'demo-op01' }, null)) as { token: string }).token;
// The admin's own push stream, as its screen would get it.
core.subscribe(() => admin, (event, payload) => {
  if (event === 'sync:state') state = payload as LinkState;
});

// The desk's calls below, a case list and a search in turn, every 20 ms.
const deskCall = (i: number) => call(i % 2 ? 'cases:list' : 'search:cases', i % 2 ? { limit: 50 } : { query: '老人', limit: 20 }, op);
// Bare: the same calls before the drain, with no sync worker running.
const before: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  await deskCall(i);
  before.push(performance.now() - t);
  await new Promise((r) => setTimeout(r, 20));
}
before.sort((a, b) => a - b);

const rssAtStart = process.memoryUsage().rss;
const started = performance.now();
await call('sync:enroll', { hubUrl: hub.url, code: hub.code, label: 'drain bench' }, admin);
const latencies: number[] = [];
let peakRss = 0;
/** RSS as the outbox empties: flat memory shows as a plateau, not a climb with the events sent. */
const rssByProgress: string[] = [];
let nextMark = 0.25;
let drainedAt: number | null = null;
while (drainedAt === null) {
  const t = performance.now();
  await deskCall(latencies.length);
  latencies.push(performance.now() - t);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const s = state as LinkState | null;
  if (s && s.link !== 'unenrolled' && 1 - s.outbox / backlog >= nextMark) {
    rssByProgress.push(`${Math.round(nextMark * 100)} %: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
    nextMark += 0.25;
  }
  if (s && s.outbox === 0 && s.link !== 'unenrolled') drainedAt = performance.now();
  await new Promise((r) => setTimeout(r, 20));
  if (performance.now() - started > 600_000) throw new Error('the backlog did not drain in 10 minutes');
}
const drainMs = (drainedAt ?? NaN) - started;
const sorted = [...latencies].sort((a, b) => a - b);
child.stdin.write('stats\n');
const stats = (await nextLine()) as { pushes: number; held: number };
console.log(`drained ${backlog} events in ${(drainMs / 1000).toFixed(1)} s over ${stats.pushes} pushes (≤ 500 events each); hub holds ${stats.held}`);
console.log(`API calls during the drain: ${latencies.length}, p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms; before it, p95 ${percentile(before, 95).toFixed(1)} ms`);
console.log(`seat RSS (main thread and sync worker): ${(rssAtStart / 2 ** 20).toFixed(0)} MiB when the drain started, peak ${(peakRss / 2 ** 20).toFixed(0)} MiB during it; as it drained ${rssByProgress.join(', ')}`);
mergeBenchResults(resolve(import.meta.dirname, '../bench/results.json'), [
  { figure: 'sync: backlog drain', value: backlog / (drainMs / 1000), unit: 'events/s', cases: backlog },
  { figure: 'sync: backlog drain time', value: drainMs / 1000, unit: 's', cases: backlog },
  { figure: 'sync: API call p95 during the drain', value: percentile(sorted, 95), unit: 'ms', baseline: percentile(before, 95), ratio: percentile(sorted, 95) / percentile(before, 95), cases: backlog },
  { figure: 'sync: seat RSS peak during the drain', value: peakRss / 2 ** 20, unit: 'MB', cases: backlog },
]);
core.close();
child.stdin.end();
rmSync(dataDir, { recursive: true, force: true });
