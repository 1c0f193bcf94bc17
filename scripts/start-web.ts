/**
 * Browser mode: `npm run start:web -- [--port N] [--data DIR] [--seat CODE] [--empty]`. A fresh
 * store gets the demo town with about 90 days of history; `--empty`, the town with no cases. Builds the renderer
 * if it is missing or older than its sources, serves it and the API on 127.0.0.1, prints the URL,
 * and on SIGINT/SIGTERM closes the database cleanly and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DATABASE_FILE, openCore } from '../electron/core/open-core';
import { createLogger } from '../electron/core/log';
import { startBrowserServer } from '../electron/core/server/browser-server';
import { startMigrationPage } from '../electron/core/server/migration-page';
import type { MigrationProgress } from '../electron/core/store/migrate';
import { migrateInWorker, migrationsPending } from '../electron/core/store/migrate-in-worker';
import { createTestClock, type TestClock } from '../electron/core/test-clock';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5317' },
    data: { type: 'string', default: join(root, '.data') },
    seat: { type: 'string' },
    // A town with no cases: no demo history is played into a fresh store.
    empty: { type: 'boolean', default: false },
  },
});

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((max, e) => Math.max(max, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
}

function buildRendererIfStale(): void {
  const built = join(root, 'dist/renderer/index.html');
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the renderer…');
  const result = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * End-to-end tests only: with LIANXIN_TEST_CLOCK=1 the core runs on a clock the test moves by
 * writing `advance <ms>` lines to this process's stdin. Without the variable no such clock exists.
 */
function followTestClockCommands(clock: TestClock): void {
  console.log('Lianxin: TEST CLOCK enabled (LIANXIN_TEST_CLOCK=1) — for automated tests only');
  createInterface({ input: process.stdin }).on('line', (line) => {
    const match = /^advance (\d+)$/.exec(line.trim());
    if (match) clock.advance(Number(match[1]));
    console.log(`test clock: ${clock.now().toISOString()}`);
  });
}

const describe = (p: MigrationProgress) =>
  `Upgrading the case store: migration ${p.version}, step ${p.step} of ${p.steps} ${p.done ? 'done' : 'running'} (${(p.ms / 1000).toFixed(0)} s)`;

/**
 * An older store is upgraded before the console opens it: on a worker thread, its progress
 * printed here and shown on the port (a page that reloads itself) instead of a port that does not
 * answer — on a large store one migration can take minutes.
 */
async function upgradeStoreShowingProgress(file: string, port: number): Promise<void> {
  const pending = migrationsPending(file);
  if (pending.length === 0) return;
  console.log(`The case store needs ${pending.length} migration(s) (${pending.join(', ')}); progress at http://127.0.0.1:${port}/`);
  const page = await startMigrationPage(port);
  const ticker = setInterval(() => process.stdout.write('.'), 10_000);
  try {
    await migrateInWorker(file, (p) => {
      page.update(p);
      console.log(describe(p));
    });
  } finally {
    clearInterval(ticker);
    await page.close();
  }
}

async function main(): Promise<void> {
  buildRendererIfStale();
  const log = createLogger(process.env.LIANXIN_LOG_LEVEL === 'silent' ? 'silent' : 'info');
  const testClock = process.env.LIANXIN_TEST_CLOCK === '1' ? createTestClock() : undefined;
  if (testClock) followTestClockCommands(testClock);
  const dataDir = resolve(values.data);
  await upgradeStoreShowingProgress(join(dataDir, DATABASE_FILE), Number(values.port));
  const core = await openCore({
    dataDir,
    seatCode: values.seat,
    logger: log,
    testClock,
    demoHistory: !values.empty,
    onMigrationProgress: (p) => console.log(describe(p)),
    onDemoProgress: (day, days) => process.stdout.write(day < days ? `\rPlaying the demo town's last ${days} days… ${day}/${days}` : `\rPlayed the demo town's last ${days} days.\n`),
  });
  const server = await startBrowserServer(core, { port: Number(values.port), staticDir: join(root, 'dist/renderer'), log });
  // The last resort, not the mechanism: every boundary catches its own errors; should one slip
  // through, a hotline that keeps answering is worth more than a clean exit. Logged loudly.
  process.on('uncaughtException', (error) => log.fatal({ err: error }, 'uncaught exception; still serving'));
  process.on('unhandledRejection', (error) => log.fatal({ err: error }, 'unhandled rejection; still serving'));
  console.log(`Lianxin browser mode: ${server.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    core.close();
    console.log('Lianxin stopped; the database is closed.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
