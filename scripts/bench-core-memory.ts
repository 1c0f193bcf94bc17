/**
 * `npm run bench:memory -- [--data DIR] [--quick]` (one part of `npm run bench`): the resident
 * memory of the core with the store in DIR open (default bench/data/town-1000000, a town's store
 * made by `npm run seed`; `--quick`, bench/data/town-10000), after a supervisor and an operator
 * have logged in and used it — the board, the wall, a case list, searches — measured in this
 * process, where nothing else is loaded.
 * Bare baseline, same run: a Node process (same runtime) that opens the same file with plain
 * better-sqlite3 and reads the same tables. Goal ≤ 300 MB at 1,000,000 cases. Opens the store
 * read-write, as the console does: point it at a copy of a store you must not change.
 * Prints the memory after each phase (open, the category model learned, board, wall, searches);
 * `--heap-snapshots DIR` also writes a V8 heap snapshot after each, for DevTools' Memory tab
 * (writing them inflates the RSS figures of that run).
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { parseArgs } from 'node:util';
import { createLogger } from '../electron/core/log';
import { DATABASE_FILE, openCore } from '../electron/core/open-core';
import { goalText } from './bench/goals';
import { mergeBenchResults } from './bench-sla/results-file';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { data: { type: 'string' }, quick: { type: 'boolean', default: false }, bare: { type: 'boolean', default: false }, 'heap-snapshots': { type: 'string' } } });
const dataDir = resolve(values.data ?? join(root, 'bench/data', values.quick ? 'town-10000' : 'town-1000000'));
const file = join(dataDir, DATABASE_FILE);
const mb = (bytes: number) => bytes / 2 ** 20;

if (values.bare) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.prepare('SELECT count(*) FROM cases').get();
  db.prepare("SELECT rowid FROM case_text WHERE case_text MATCH '\"助餐点\"' ORDER BY rowid DESC LIMIT 50").all();
  db.prepare('SELECT id, record FROM cases ORDER BY rowid DESC LIMIT 50').all();
  console.log(JSON.stringify({ rss: process.memoryUsage().rss }));
  db.close();
  process.exit(0);
}

const bare = (JSON.parse(execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--bare', '--data', dataDir], { encoding: 'utf8' })) as { rss: number }).rss;
if (values['heap-snapshots']) mkdirSync(values['heap-snapshots'], { recursive: true });
/** Where the memory is after each phase: resident, the JS heap, and memory outside it (SQLite, buffers). */
const phases: { phase: string; rss: number; heapUsed: number; external: number }[] = [];
const phase = (name: string) => {
  const m = process.memoryUsage();
  phases.push({ phase: name, rss: mb(m.rss), heapUsed: mb(m.heapUsed), external: mb(m.external + m.arrayBuffers) });
  if (values['heap-snapshots']) writeHeapSnapshot(join(values['heap-snapshots'], `${phases.length}-${name.replace(/\W+/g, '-')}.heapsnapshot`));
};
phase('before open');
const opened = performance.now();
const core = await openCore({ dataDir, logger: createLogger('silent'), demoHistory: false });
const openMs = performance.now() - opened;
phase('store open');
let id = 0;
let peak = process.memoryUsage().rss;
const call = async (method: string, input: unknown, session: string | null) => {
  const r = await core.call({ id: id++, method, input, session, lang: 'zh-CN' });
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
};
const login = async (username: string) => ((await call('auth:login', { username, password: `demo-${username}` }, null)) as { token: string }).token;
const sup = await login('sup01');
const op = await login('op01');
// The category model learns in the background after a start: what it holds counts once it is done.
while (((await call('intake:suggestCategories', { description: '小区门口路灯不亮了' }, op)) as { learning: unknown }).learning !== null) {
  await new Promise((r) => setTimeout(r, 200));
}
phase('category model learned');
const total = ((await call('cases:list', { limit: 1 }, op)) as { total: number }).total;
for (let round = 0; round < 3; round++) {
  await call('board:list', {}, sup);
  if (round === 0) phase('board listed');
  await call('wall:get', {}, sup);
  if (round === 0) phase('wall read');
  await call('cases:list', { limit: 50 }, op);
  for (const query of ['助餐点', '老人', '噪音扰民', '王']) await call('search:cases', { query }, op);
  if (round === 0) phase('list and searches');
}
// What stays resident once the calls are answered and the core idles, as a console between calls.
await new Promise((r) => setTimeout(r, 2000));
const settled = process.memoryUsage().rss;
phase('idle after use');
core.close();

const figures = [
  { figure: 'core: RSS with the store open', value: mb(settled), unit: 'MB', baseline: mb(bare), ratio: settled / bare, cases: total },
  { figure: 'core: RSS peak while in use', value: mb(Math.max(peak, settled)), unit: 'MB', baseline: mb(bare), ratio: Math.max(peak, settled) / bare, cases: total },
  { figure: 'core: open the store', value: openMs, unit: 'ms', cases: total },
];
mergeBenchResults(join(root, 'bench/results.json'), figures);
console.log(`${total.toLocaleString('en')} cases in ${dataDir}`);
console.table(phases.map((p) => ({ phase: p.phase, 'RSS MB': p.rss.toFixed(0), 'JS heap MB': p.heapUsed.toFixed(0), 'outside the heap MB': p.external.toFixed(0) })));
for (const f of figures) console.log(`${f.figure}: ${f.value.toFixed(0)} ${f.unit}${f.baseline ? ` (bare ${f.baseline.toFixed(0)} MB)` : ''}  ${goalText(f.figure)}`);
