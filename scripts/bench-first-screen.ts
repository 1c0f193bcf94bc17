/**
 * `npm run bench:first-screen -- [--quick] [--data DIR]`: how fast the console is usable, in
 * Debian's Chromium against browser mode.
 * (a) Navigation → a usable intake form after logging in as an operator (the form rendered, its
 *     first field focused and holding a typed key), cold (a fresh browser context each run, empty
 *     cache) and warm (a new tab of a browser whose profile is kept on disk, as a seat's is, and
 *     which loaded the console before), less the robot's typing of the login (login form shown →
 *     submitted); beside a bare load of a small static file from the same server, measured the
 *     same way in the same kind of context in the same run. And a warm reload (F5) of a logged-in
 *     tab of that profile, which keeps its session: no login, no password checked.
 * (b) Process start (spawning browser mode as `npm run start:web` does) → that usable form, on the
 *     demo town and on a store of many cases (`--data DIR`, default bench/data/town-1000000 where
 *     it exists; browser mode opens it read-write, as the console does); beside a bare `node -e`
 *     that opens the same SQLite file.
 * Prints a table with the goals and merges the figures into bench/results.json. `--quick`: fewer
 * runs, demo town only (for CI).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as playwright from 'playwright-core';
import { DATABASE_FILE } from '../electron/core/open-core';
import { startBrowserMode } from '../tests/e2e/support/browser-mode';
import { timeBareOpen, timeProcessStart } from './bench-first-screen/process-start';
import { bareStaticLoad, consoleTime, launchChromium, launchKeptProfile, openToUsableForm, pageOptions, reloadToUsableForm } from './bench-first-screen/usable-form';
import { mergeBenchResults, type BenchFigure } from './bench-sla/results-file';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, data: { type: 'string' } } });
const quick = values.quick;
const pageRuns = quick ? 3 : 9;
const startRuns = quick ? 2 : 5;
const bigStore = quick ? null : resolve(values.data ?? join(root, 'bench/data/town-1000000'));

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const p50 = (xs: readonly number[]) => sorted(xs)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const max = (xs: readonly number[]) => Math.max(...xs);

interface Row {
  readonly figure: string;
  readonly cases: number;
  readonly runs: readonly number[];
  readonly baseline: readonly number[];
  readonly goal: number;
}
const rows: Row[] = [];
const countCases = async (dataDir: string): Promise<number> => {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const browser = await launchChromium(playwright);
const demoDir = mkdtempSync(join(tmpdir(), 'lianxin-first-screen-'));
try {
  // The demo town, played once (its first start); every measured start below is a restart.
  const server = await startBrowserMode(demoDir, { demoHistory: true });
  const demoCases = await countCases(demoDir);
  try {
    const cold: number[] = [];
    const coldBare: number[] = [];
    const warm: number[] = [];
    const warmBare: number[] = [];
    const reload: number[] = [];
    const warmProfile = await launchKeptProfile(playwright);
    const warmContext = warmProfile.context;
    try {
      // The warm context's first load fills its cache; it is not counted.
      await openToUsableForm(warmContext, server.url);
      await bareStaticLoad(warmContext, server.url);
      for (let i = 0; i < pageRuns; i++) {
        const context = await browser.newContext(pageOptions);
        try {
          cold.push(consoleTime(await openToUsableForm(context, server.url)));
        } finally {
          await context.close();
        }
        const bareContext = await browser.newContext();
        try {
          coldBare.push(await bareStaticLoad(bareContext, server.url));
        } finally {
          await bareContext.close();
        }
        warm.push(consoleTime(await openToUsableForm(warmContext, server.url)));
        warmBare.push(await bareStaticLoad(warmContext, server.url));
        reload.push(await reloadToUsableForm(warmContext, server.url));
      }
    } finally {
      await warmProfile.close();
    }
    rows.push({ figure: 'first screen: navigation → usable intake form, cold', cases: demoCases, runs: cold, baseline: coldBare, goal: 1000 });
    rows.push({ figure: 'first screen: navigation → usable intake form, warm', cases: demoCases, runs: warm, baseline: warmBare, goal: 300 });
    rows.push({ figure: 'first screen: warm reload → usable intake form, session kept', cases: demoCases, runs: reload, baseline: warmBare, goal: NaN });
  } finally {
    await server.stop();
  }

  const stores: { name: string; dir: string }[] = [{ name: 'demo town', dir: demoDir }];
  if (bigStore && existsSync(join(bigStore, DATABASE_FILE))) stores.push({ name: 'large store', dir: bigStore });
  else if (bigStore) console.log(`No store at ${bigStore}: process start measured on the demo town only (seed one with npm run seed, or pass --data DIR).`);
  for (const store of stores) {
    const cases = store.dir === demoDir ? demoCases : await countCases(store.dir);
    const runs: number[] = [];
    const serving: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < startRuns; i++) {
      bare.push(await timeBareOpen(root, join(store.dir, DATABASE_FILE)));
      const timing = await timeProcessStart(root, browser, store.dir);
      runs.push(timing.usable);
      serving.push(timing.serving);
      console.log(`  ${store.name}, start ${i + 1}/${startRuns}: serving after ${timing.serving.toFixed(0)} ms, usable form after ${timing.usable.toFixed(0)} ms`);
    }
    rows.push({ figure: `first screen: process start → usable intake form, ${store.name}`, cases, runs, baseline: bare, goal: 2500 });
    rows.push({ figure: `first screen: process start → serving, ${store.name}`, cases, runs: serving, baseline: bare, goal: NaN });
  }
} finally {
  await browser.close();
  rmSync(demoDir, { recursive: true, force: true });
}

const figures: BenchFigure[] = rows.flatMap((r) => {
  const base = p50(r.baseline);
  return [
    { figure: `${r.figure}, p50`, value: p50(r.runs), unit: 'ms', baseline: base, ratio: p50(r.runs) / base, cases: r.cases },
    { figure: `${r.figure}, max`, value: max(r.runs), unit: 'ms', baseline: base, ratio: max(r.runs) / base, cases: r.cases },
  ];
});
mergeBenchResults(join(root, 'bench/results.json'), figures);
console.table(
  rows.map((r) => ({
    figure: r.figure,
    runs: r.runs.length,
    'p50 ms': Math.round(p50(r.runs)),
    'max ms': Math.round(max(r.runs)),
    'baseline p50 ms': Math.round(p50(r.baseline)),
    goal: Number.isNaN(r.goal) ? '—' : `≤ ${r.goal} ms: ${max(r.runs) <= r.goal ? 'met' : p50(r.runs) <= r.goal ? 'p50 met, max not' : 'NOT met'}`,
  })),
);
