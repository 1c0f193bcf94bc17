/**
 * `npm run bench:sla -- [--cases N] [--open N] [--quick] [--data DIR]`: the SLA figures, each next
 * to a bare baseline measured in the same run, merged into bench/results.json and printed as a table.
 * `--quick` (CI) stores 20,000 cases with 2,000 open. `--data DIR` keeps the seeded store in DIR and
 * reuses it on the next run with the same case count (seeding a million takes ~10 minutes).
 *  - every clock of 20,000 open cases, computed from their records (goal ≤ 50 ms);
 *  - one wall-display refresh over 1,000,000 stored cases (goal ≤ 200 ms).
 * The million cases are written straight through the store layer in large transactions
 * (projection + SLA rows, no event log): per-case commits would take hours and measure nothing
 * the wall reads. Their histories are generated, so the figures are reproducible.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemoCases } from '../shared/demo/generator';
import { caseClocks } from '../shared/sla/case-clocks';
import { readCaseClock } from '../shared/sla/clock-view';
import { officialCalendar } from '../shared/sla/calendar';
import { defaultSlaPolicy } from '../shared/sla/default-policy';
import { refreshCaseSla } from '../electron/core/sla/refresh-case-sla';
import { wallData } from '../electron/core/sla/wall-data';
import { saveCaseRecord } from '../electron/core/store/cases';
import { openDatabase, writeTransaction } from '../electron/core/store/db';
import { caseHistory } from './bench-sla/case-history';
import { medianMs, mergeBenchResults, type BenchFigure } from './bench-sla/results-file';

const { values } = parseArgs({
  options: { cases: { type: 'string' }, open: { type: 'string' }, quick: { type: 'boolean', default: false }, data: { type: 'string' } },
});
const storedCases = Number(values.cases ?? (values.quick ? 20_000 : 1_000_000));
const openCases = Number(values.open ?? (values.quick ? 2_000 : 20_000));
const now = Date.parse('2026-11-20T10:00:00+08:00');
const day = 86_400_000;
const root = resolve(import.meta.dirname, '..');

function clocksFigure(): BenchFigure {
  // Open cases filed over the last three weeks, every one dispatched and not yet replied.
  const records = [...generateDemoCases({ count: openCases, seed: 5, from: new Date(now - 21 * day), to: new Date(now) })].map((c, i) =>
    caseHistory(c, i, now, i % 3 === 0 ? 'case.dispatched' : 'case.contacted'),
  );
  let sink = 0;
  const value = medianMs(5, () => {
    for (const r of records) for (const clock of caseClocks(r, defaultSlaPolicy, officialCalendar)) sink += readCaseClock(clock, now).remainingMs;
  });
  // Bare: one fixed-length clock per case, start plus a constant, read at `now`.
  const baseline = medianMs(5, () => {
    for (const r of records) sink += Date.parse(r.clockStartedAt ?? r.registeredAt) + 900_000 - now;
  });
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the loops from being optimised away');
  return { figure: 'sla: every clock of the open cases', value, unit: 'ms', baseline, ratio: value / baseline, cases: records.length };
}

function loadStore(file: string): ReturnType<typeof openDatabase> {
  const db = openDatabase(file);
  db.pragma('synchronous = OFF');
  const batch = 50_000;
  const cases = generateDemoCases({ count: storedCases, seed: 7, from: new Date(now - 730 * day), to: new Date(now) });
  const started = performance.now();
  let n = 0;
  let pending: ReturnType<typeof caseHistory>[] = [];
  const flush = writeTransaction(db, (tx, records: ReturnType<typeof caseHistory>[]) => {
    for (const r of records) {
      saveCaseRecord(tx, r);
      refreshCaseSla(tx, r);
    }
  });
  for (const c of cases) {
    pending.push(caseHistory(c, n++, now));
    if (pending.length === batch) {
      flush(pending);
      pending = [];
      process.stdout.write(`\rloaded ${n.toLocaleString('en')} cases (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  flush(pending);
  process.stdout.write(`\rloaded ${n.toLocaleString('en')} cases in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  db.pragma('optimize');
  return db;
}

function wallFigure(db: ReturnType<typeof openDatabase>): BenchFigure {
  const at = new Date(now);
  const value = medianMs(9, () => wallData(db, at, true));
  // Bare: the simplest indexed count of the same refresh, today's intake from the cases table.
  const bare = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM cases WHERE registered_at >= ?');
  const baseline = medianMs(9, () => bare.get(new Date(now - day).toISOString()));
  return { figure: 'sla: wall display refresh', value, unit: 'ms', baseline, ratio: value / baseline, cases: storedCases };
}

/** A store seeded by an earlier run with `--data` and the same case count, or a new one. */
function openStore(dir: string): ReturnType<typeof openDatabase> {
  const file = join(dir, 'bench.db');
  const marker = join(dir, 'seeded.json');
  const seeded = existsSync(marker) && (JSON.parse(readFileSync(marker, 'utf8')) as { cases: number }).cases === storedCases;
  if (seeded) {
    console.log(`reusing the store of ${storedCases.toLocaleString('en')} cases in ${dir}`);
    return openDatabase(file);
  }
  mkdirSync(dir, { recursive: true });
  for (const f of [file, `${file}-wal`, `${file}-shm`, marker]) rmSync(f, { force: true });
  const db = loadStore(file);
  writeFileSync(marker, JSON.stringify({ cases: storedCases }));
  return db;
}

const keep = values.data !== undefined;
const dir = keep ? resolve(values.data as string) : mkdtempSync(join(tmpdir(), 'lianxin-bench-sla-'));
try {
  const figures = [clocksFigure()];
  const db = openStore(dir);
  const open = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM case_sla WHERE open = 1').get()?.n ?? 0;
  console.log(`${open.toLocaleString('en')} of them open`);
  figures.push(wallFigure(db));
  db.close();
  mergeBenchResults(join(root, 'bench/results.json'), figures);
  console.table(figures.map((f) => ({ ...f, value: +f.value.toFixed(2), baseline: f.baseline?.toFixed(3), ratio: f.ratio?.toFixed(1) })));
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
