/**
 * `npm run bench:save -- [--cases N] [--quick] [--data DIR]` (one part of `npm run bench`): with N
 * synthetic cases in the store DIR (default bench/data/cases-N; seeded once, through the real event
 * path, and reused — the saves measured here are added to it), measures saving a case and searching
 * (3+ characters, 1–2 characters) through the core's API, each next to a bare better-sqlite3
 * baseline measured in the same run on the same disk. Prints a table and merges the figures into
 * bench/results.json. Default N = 1,000,000 (seeding one takes hours: copy a seeded store in);
 * `--quick`, 10,000.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { MethodInput } from '../shared/api/contract';
import type { MethodName } from '../shared/api/names';
import { generateDemoCases } from '../shared/demo/generator';
import { createLogger } from '../electron/core/log';
import { DATABASE_FILE, openCore } from '../electron/core/open-core';
import { seedDemoCases } from '../electron/core/seed/seed-demo-cases';
import { openDatabase, WAL_AUTOCHECKPOINT_PAGES } from '../electron/core/store/db';
import { listSynonyms } from '../electron/core/store/synonyms';
import { synonymForms } from '../shared/intake/synonyms';
import { goalText } from './bench/goals';
import { mergeBenchResults, type BenchFigure } from './bench-sla/results-file';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { cases: { type: 'string' }, quick: { type: 'boolean', default: false }, data: { type: 'string' } } });
const cases = Number(values.cases ?? (values.quick ? 10_000 : 1_000_000));
if (!Number.isSafeInteger(cases) || cases < 1) throw new Error(`--cases must be a positive integer: ${values.cases}`);
const dataDir = resolve(values.data ?? join(root, 'bench/data', `cases-${cases}`));

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
function timings(runs: number, run: (i: number) => void): number[] {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run(i);
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b);
}
async function timingsAsync(runs: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run(i);
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b);
}

// 1. A store with at least N cases.
(await openCore({ dataDir, logger: createLogger('silent') })).close();
{
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  const stored = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  if (stored < cases) {
    console.log(`seeding ${(cases - stored).toLocaleString('en')} cases into ${dataDir} (once; later runs reuse it)…`);
    seedDemoCases(db, { count: cases - stored, seed: stored + 1, onProgress: (d) => process.stdout.write(`\r  ${d.toLocaleString('en')}`) });
    console.log();
  }
  db.close();
}

// 2. The core as the console runs it, called in-process (what each transport hands it).
const core = await openCore({ dataDir, logger: createLogger('silent') });
let callId = 0;
async function call<M extends MethodName>(method: M, input: MethodInput<M>, session: string | null): Promise<unknown> {
  const result = await core.call({ id: callId++, method, input, session, lang: 'zh-CN' });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}
const login = (await call('auth:login', { username: 'op01', password: 'demo-op01' }, null)) as { token: string };
const session = login.token;
const storedCases = (await call('cases:list', { limit: 1 }, session)) as { total: number };

// Saves: the console's path next to the bare baseline, one of each in turn, so that disk and CPU
// noise (fsync latency drifts from second to second here) falls on both alike. The first save
// after start is reported on its own. The bare loop keeps SQLite's defaults apart from durability.
// Both are warmed until each has crossed its first automatic checkpoint (ours at
// WAL_AUTOCHECKPOINT_PAGES, the bare one at SQLite's 1,000): until then a commit also grows the WAL
// file, and an fsync that must record a new file size costs about twice as much. A running
// console, and a running bare loop, write into a WAL file of full size.
const ourWarmUp = Math.ceil((WAL_AUTOCHECKPOINT_PAGES / 5) * 1.25); // ~5 pages a save
const bareWarmUp = Math.ceil((1000 / 2) * 1.25); // 2 pages an insert
const saves = 1000;
const drafts = Array.from(generateDemoCases({ count: 1 + ourWarmUp + saves, seed: 999, from: new Date('2026-01-01'), to: new Date('2026-02-01') }));
const save = async (i: number) => {
  const d = drafts[i];
  if (!d) return;
  await call(
    'cases:create',
    { kind: d.kind, urgency: d.urgency, categoryId: d.categoryId, committeeId: d.committeeId, caller: d.caller, address: d.address, description: d.description, dispatchToUnitId: null },
    session,
  );
};
const firstSaveMs = await timingsAsync(1, save);
for (let i = 1; i <= ourWarmUp; i++) await save(i);

// Bare baseline: one single-row insert transaction per save, WAL + synchronous=FULL, same disk.
const bareFile = join(dataDir, 'bare-baseline.db');
rmSync(bareFile, { force: true });
const bare = new Database(bareFile);
bare.pragma('journal_mode = WAL');
bare.pragma('synchronous = FULL');
bare.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
const insert = bare.prepare('INSERT INTO t (body) VALUES (?)');
const bareInsert = bare.transaction((body: string) => insert.run(body));
const bareBody = (i: number) => drafts[i % drafts.length]?.description ?? '';
for (let i = 0; i < bareWarmUp; i++) bareInsert.immediate(bareBody(i));

const saveMs: number[] = [];
const bareSaveMs: number[] = [];
for (let i = 1 + ourWarmUp; i <= ourWarmUp + saves; i++) {
  saveMs.push(...(await timingsAsync(1, () => save(i))));
  bareSaveMs.push(...timings(1, () => bareInsert.immediate(bareBody(i))));
}
saveMs.sort((a, b) => a - b);
bareSaveMs.sort((a, b) => a - b);
// A new case's projection (its row, SLA facts and clocks) is written after its save: at a desk
// in the event-loop turn after the save answers, here, where the saves run back to back without
// one, by the next call that reads. Timed so the work the saves left is reported too.
const projectedCases = 1 + ourWarmUp + saves;
const projectionMs = (await timingsAsync(1, async () => void (await call('cases:list', { limit: 1 }, session))))[0] ?? NaN;
// The bare insert's tail in turn includes the inserts that follow one of our checkpoints, when the
// disk is still busy; run alone its p95 is about half. Both ratios are printed.
const bareAloneMs = timings(saves, (i) => bareInsert.immediate(bareBody(i)));
bare.close();
rmSync(bareFile, { force: true });
rmSync(`${bareFile}-wal`, { force: true });
rmSync(`${bareFile}-shm`, { force: true });

// Searches: everyday words a call-taker types, through the API and as a bare FTS5 query.
const long = ['助餐点', '垃圾箱', '金高路', '楼道灯', '电动车', '停车位', '广场舞', '漏水了', '东靖路', '居委会', '物业费', '噪音扰民', '绿地东上海', '长者食堂', '施工噪音', '下水道'];
const short = ['老人', '噪音', '垃圾', '停车', '漏水', '路灯', '电梯', '狗', '树', '水', '吵', '物业', '违建', '油烟', '王', '弄'];
const reader = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
// The bare query returns what a result list needs (the same 50 rows and columns), straight from SQLite.
const shown = `c.rowid, c.id, c.number, c.status, c.registered_at, c.responsible_unit_id, c.record ->> '$.kind', c.category_id,
  c.committee_id, c.record ->> '$.caller.name', c.record ->> '$.address', c.record ->> '$.description'`;
const bareTrigram = reader.prepare(
  `SELECT ${shown} FROM case_text JOIN cases c ON c.rowid = case_text.rowid WHERE case_text MATCH ? ORDER BY case_text.rowid DESC LIMIT 50`,
);
const bareGrams = reader.prepare(
  `SELECT ${shown} FROM case_grams JOIN cases c ON c.rowid = case_grams.rowid WHERE case_grams MATCH ? ORDER BY case_grams.rowid DESC LIMIT 50`,
);
// A word the store's synonym list holds is searched as every form of its group (长者食堂 finds
// 助餐 and 送餐): the bare lookup matches the same forms, so it returns the same rows — OR-ed
// phrases, 3+ characters from the trigram index and shorter ones from the character/pair index,
// the newest 50 of both. Computed before timing, so the bare loop does only SQLite's work.
const synonyms = listSynonyms(reader);
const bareMatch = (word: string) => {
  const forms = synonymForms(synonyms, word);
  const or = (list: string[]) => list.map((f) => `"${f}"`).join(' OR ');
  return { long: or(forms.filter((f) => Array.from(f).length >= 3)), short: or(forms.filter((f) => Array.from(f).length < 3)) };
};
type BareRow = { rowid: number };
const bareSearch = (word: { long: string; short: string }, byIndex: { long: typeof bareTrigram; short: typeof bareGrams }) => {
  const longRows = word.long === '' ? [] : (byIndex.long.all(word.long) as BareRow[]);
  if (word.short === '') return longRows;
  const shortRows = byIndex.short.all(word.short) as BareRow[];
  if (word.long === '') return shortRows;
  return [...new Map([...longRows, ...shortRows].map((r) => [r.rowid, r])).values()].sort((a, b) => b.rowid - a.rowid).slice(0, 50);
};
const longMatch = new Map(long.map((q) => [q, bareMatch(q)]));
const shortMatch = new Map(short.map((q) => [q, bareMatch(q)]));
const rowidsOnly = reader.prepare('SELECT rowid FROM case_text WHERE case_text MATCH ? ORDER BY rowid DESC LIMIT 50');
const likeScan = reader.prepare("SELECT rowid FROM cases WHERE record ->> '$.description' LIKE ? ORDER BY rowid DESC LIMIT 50");
const rounds = 10;
// One warm-up pass: the figures are for a console that has been running, not for a cold disk cache.
for (const q of [...long, ...short]) await call('search:cases', { query: q }, session);
const pick = (list: readonly string[], i: number) => list[i % list.length] ?? '';
const searchLong = await timingsAsync(long.length * rounds, async (i) => void (await call('search:cases', { query: pick(long, i) }, session)));
const bareLong = timings(long.length * rounds, (i) => bareSearch(longMatch.get(pick(long, i)) ?? { long: '', short: '' }, { long: bareTrigram, short: bareGrams }));
const searchShort = await timingsAsync(short.length * rounds, async (i) => void (await call('search:cases', { query: pick(short, i) }, session)));
const bareShort = timings(short.length * rounds, (i) => bareSearch(shortMatch.get(pick(short, i)) ?? { long: '', short: '' }, { long: bareTrigram, short: bareGrams }));
const likeShort = timings(short.length, (i) => likeScan.all(`%${pick(short, i)}%`));
const rowidsLong = timings(long.length * rounds, (i) => rowidsOnly.all(`"${pick(long, i)}"`));
reader.close();
core.close();

const n = storedCases.total;
const round = (x: number) => Math.round(x * 1000) / 1000;
const pair = (figure: string, ours: number[], base: number[], p: number): BenchFigure => {
  const value = round(percentile(ours, p));
  const baseline = round(percentile(base, p));
  return { figure, value, unit: 'ms', baseline, ratio: round(value / baseline), cases: n };
};
const figures: BenchFigure[] = [
  pair('intake.save.p50', saveMs, bareSaveMs, 50),
  pair('intake.save.p95', saveMs, bareSaveMs, 95),
  pair('intake.save.p95.vs_bare_alone', saveMs, bareAloneMs, 95),
  { figure: 'intake.projection.per_case', value: round(projectionMs / projectedCases), unit: 'ms', cases: n },
  { figure: 'intake.save.first_after_start', value: round(firstSaveMs[0] ?? NaN), unit: 'ms', cases: n },
  pair('search.3plus.p50', searchLong, bareLong, 50),
  pair('search.3plus.p95', searchLong, bareLong, 95),
  pair('search.1to2.p50', searchShort, bareShort, 50),
  pair('search.1to2.p95', searchShort, bareShort, 95),
  { figure: 'search.3plus.bare_rowids_only.p95', value: round(percentile(rowidsLong, 95)), unit: 'ms', cases: n },
  { figure: 'search.1to2.like_scan.p50', value: round(percentile(likeShort, 50)), unit: 'ms', cases: n },
];

console.log(`\n${n.toLocaleString('en')} cases in ${dataDir}\n`);
console.log(`${'figure'.padEnd(32)}${'value'.padStart(10)}${'baseline'.padStart(10)}${'ratio'.padStart(8)}  goal`);
for (const f of figures) {
  console.log(
    `${f.figure.padEnd(32)}${`${f.value.toFixed(2)} ${f.unit}`.padStart(10)}${(f.baseline?.toFixed(2) ?? '').padStart(10)}${(f.ratio?.toFixed(2) ?? '').padStart(8)}  ${goalText(f.figure)}`,
  );
}

mergeBenchResults(join(root, 'bench/results.json'), figures);
