/**
 * `npm run bench:board -- [--open N] [--quick] [--profile DIR]`: is the dispatch board smooth, and the wall quick, with
 * N open cases (default 20,000; `--quick`, for CI, 2,000)? Seeds N dispatched cases through the
 * event path, starts browser mode, and in Chromium measures how long F4 takes to show the first
 * rows and the frame gaps while the virtualised list scrolls, next to the frame gaps of the same
 * browser idling (the display's own cadence). Beside the first rows, the bare baseline of the same
 * run: a key the console ignores, answered by one element added in the next frame, timed the same
 * way (median of five) — the browser's and the harness's own share at this moment's load. Prints a table and merges the figures into
 * bench/results.json. `--profile DIR` also writes the renderer's CPU profiles from F4 to the first
 * rows and while scrolling (open them in Chrome's DevTools).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { createLogger } from '../electron/core/log';
import { DATABASE_FILE, openCore } from '../electron/core/open-core';
import { seedDemoCases } from '../electron/core/seed/seed-demo-cases';
import { wallData } from '../electron/core/sla/wall-data';
import { openDatabase } from '../electron/core/store/db';
import { startBrowserMode } from '../tests/e2e/support/browser-mode';
import { medianMs, mergeBenchResults, type BenchFigure } from './bench-sla/results-file';

const { values } = parseArgs({
  options: { open: { type: 'string' }, quick: { type: 'boolean', default: false }, profile: { type: 'string' } },
});
const open = Number(values.open ?? (values.quick ? 2_000 : 20_000));
const profileDir = values.profile === undefined ? undefined : resolve(values.profile);
const root = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'lianxin-board-'));

(await openCore({ dataDir, logger: createLogger('silent') })).close();
const db = openDatabase(join(dataDir, DATABASE_FILE));
seedDemoCases(db, { count: open, seed: 11, dispatchedShare: 1 });
const wall = wallOfABehindTown(db);
db.close();

/**
 * The wall where the town has fallen behind: every one of these cases is dispatched and most of
 * their clocks are overdue, which the SLA bench's million (mostly closed) cases never are. Beside
 * it, the same bare count as the SLA bench's wall figure.
 */
function wallOfABehindTown(store: ReturnType<typeof openDatabase>): BenchFigure {
  const at = new Date();
  const overdue = store.prepare<[string], { n: number }>('SELECT count(*) AS n FROM case_clocks WHERE ended_at IS NULL AND deadline < ?').get(at.toISOString())?.n ?? 0;
  const value = medianMs(9, () => wallData(store, at, true));
  const bare = store.prepare<[string], { n: number }>('SELECT count(*) AS n FROM cases WHERE registered_at >= ?');
  const baseline = medianMs(9, () => bare.get(new Date(at.getTime() - 86_400_000).toISOString()));
  console.log(`${overdue.toLocaleString('en')} overdue running clocks`);
  return { figure: 'board: wall display refresh, overdue town', value, unit: 'ms', baseline, ratio: value / baseline, cases: open };
}

/**
 * Frame gaps (ms) over ~2 s, scrolling the board's virtualised list by 400 px a frame or idling.
 * Passed as source text: tsx would wrap named functions with a helper the page does not have.
 */
const frameGapsInPage = (scroll: boolean) => `(async () => {
  const list = [...document.querySelectorAll('*')].find(
    (e) => e.scrollHeight > e.clientHeight + 1000 && getComputedStyle(e).overflowY !== 'visible');
  const gaps = [];
  let last = performance.now();
  let running = true;
  requestAnimationFrame(function tick(t) { gaps.push(t - last); last = t; if (running) requestAnimationFrame(tick); });
  for (let i = 0; i < 120; i++) {
    if (${scroll} && list) list.scrollTop += 400;
    await new Promise((r) => setTimeout(r, 16));
  }
  running = false;
  return gaps.slice(1);
})()`;
/** On the next press of Shift (no key of the console), one visible element added in the next frame. */
const bareKeyInPage = `(() => {
  window.addEventListener('keydown', function onKey(e) {
    if (e.key !== 'Shift') return;
    window.removeEventListener('keydown', onKey, true);
    requestAnimationFrame(() => {
      const mark = document.createElement('div');
      mark.dataset.testid = 'bare-key';
      mark.textContent = '·';
      mark.style.cssText = 'position:fixed;top:0;left:0';
      document.body.append(mark);
    });
  }, true);
})()`;
async function bareKey(page: Page): Promise<number> {
  await page.evaluate(bareKeyInPage);
  const started = performance.now();
  await page.keyboard.press('Shift');
  await page.getByTestId('bare-key').waitFor({ timeout: 60_000 });
  const ms = performance.now() - started;
  await page.evaluate(`document.querySelector('[data-testid="bare-key"]').remove()`);
  return ms;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const frameGaps = (page: Page, scroll: boolean): Promise<number[]> => page.evaluate(frameGapsInPage(scroll));
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

/** Runs `work` under the renderer's sampling profiler and writes the profile as DIR/name.cpuprofile. */
async function profiled<T>(cdp: CDPSession | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (!cdp || !profileDir) return work();
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(join(profileDir, `renderer-${name}.cpuprofile`), JSON.stringify(profile));
  return result;
}

if (profileDir) mkdirSync(profileDir, { recursive: true });
const server = await startBrowserMode(dataDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await page.goto(server.url);
  await page.getByLabel('用户名').fill('sup01');
  await page.getByLabel('密码').fill('demo-sup01');
  await page.keyboard.press('Enter');
  await page.getByTestId('current-user').waitFor();
  const cdp = profileDir ? await page.context().newCDPSession(page) : undefined;
  await cdp?.send('Profiler.enable');
  const idle = await frameGaps(page, false);
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) bare.push(await bareKey(page));
  const firstRows = await profiled(cdp, 'first-rows', async () => {
    const started = performance.now();
    await page.keyboard.press('F4');
    await page.getByTestId('board-row').first().waitFor({ timeout: 60_000 });
    return performance.now() - started;
  });
  // The board draws its first screen before the whole list is in: scroll the whole list (40 px rows).
  await page.waitForFunction((n) => (document.querySelector('[data-testid="board-rows"]')?.scrollHeight ?? 0) >= n * 40, open, { timeout: 120_000 });
  const scrolling = await profiled(cdp, 'scroll', () => frameGaps(page, true));
  const figures: BenchFigure[] = [
    { figure: 'board: F4 to first rows', value: firstRows, unit: 'ms', baseline: median(bare), ratio: firstRows / median(bare), cases: open },
    { figure: 'board: frame gap p95 while scrolling', value: p95(scrolling), unit: 'ms', baseline: p95(idle), ratio: p95(scrolling) / p95(idle), cases: open },
    wall,
  ];
  mergeBenchResults(join(root, 'bench/results.json'), figures);
  console.table(figures.map((f) => ({ ...f, value: +f.value.toFixed(1), baseline: f.baseline?.toFixed(1), ratio: f.ratio?.toFixed(2) })));
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
