/**
 * `npm run crash -- --runs N [--seed S] [--with-sync] [--parallel L]`: a browser-mode seat (a child process on a
 * temp data folder) files and acts on cases over its WebSocket API while it is killed (-9) at
 * random moments, N times, and started again. After each restart every case and action its API
 * acknowledged must be in the store, every projection must equal the fold of its events, and
 * `PRAGMA integrity_check` must say ok. With `--with-sync` the seat is enrolled with a hub process
 * on a throwaway PostgreSQL, which is killed (-9) at random too; at the end every acknowledged
 * event must reach the hub once and the projections there equal the seat's. 127.0.0.1 only;
 * stops everything it started, also on Ctrl+C, on failure and when over its time bound. The
 * first Ctrl+C ends the run under way and reports what ran, checked as at the end; a second stops at once.
 * Prints runs, kills, acknowledged writes and lost writes, where a run's time went and when the
 * kills fell; exits 1 on any problem. The children run from a JavaScript bundle of their sources
 * (scripts/crash/bundle.ts), so a restart does not wait for tsx to transpile them again.
 * `--parallel L` splits the runs over L lanes, each this script in its own process with its own
 * store, port (and hub), seeded seed+lane (docs/decisions/0043).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../shared/demo/random';
import { createEnrollmentCode } from '../hub/enroll/enroll';
import { openPool } from '../hub/store/db';
import { migrate } from '../hub/store/migrate';
import { startTestPostgres } from '../hub/testing/pg-server';
import { DEMO_TOWN_ID, seedDemoTown } from '../hub/town/seed-demo-town';
import { drained } from './chaos/drained';
import { hubProcess, seatProcess, seatTemplate, type Restartable } from './chaos/fleet';
import { verify } from './chaos/verify';
import { startWorkload, type Workload } from './chaos/workload';
import { buildCrashBundle } from './crash/bundle';
import { checkSeatStore } from './crash/check-store';
import { onCtrlC } from './crash/ctrl-c';
import { LANE_RESULT, runLanes } from './crash/lanes';
import { killDelayMs, newTiming, timingSummary } from './crash/timing';
import { enrollSeat } from './demo-town/enroll-seat';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'with-sync': { type: 'boolean', default: false },
    parallel: { type: 'string', default: '1' },
    // Set by a parent that runs lanes: the bundle it built, and this lane's tag for its output.
    bundle: { type: 'string' },
    lane: { type: 'string' },
    // Set by that parent too: once this file exists, the lane ends its run under way and reports.
    'stop-file': { type: 'string' },
  },
});
const runs = Number(values.runs);
if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer: ${values.runs}`);
const seed = Number(values.seed);
const withSync = values['with-sync'];
const lanes = Number(values.parallel);
if (!Number.isSafeInteger(lanes) || lanes < 1 || lanes > 8) throw new Error(`--parallel must be 1 to 8: ${values.parallel}`);
/** Without a hub, a fresh store every this many runs, so the check after each restart stays quick. */
const RUNS_PER_STORE = 50;
const CONVERGE_MS = 120_000;
/** The desk tries again this soon after the seat went away, so it is writing again soon after a restart. */
const RETRY_MS = 25;
const random = mulberry32(seed);
const between = (lo: number, hi: number) => lo + random() * (hi - lo);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** Set on a second Ctrl+C (or SIGTERM): what fails while everything is being stopped is that stopping, not a finding. */
let interrupted = false;
/** Set on the first Ctrl+C: no run starts after the one under way, and what ran is checked and reported. */
let stopAfterRun = false;

/** `--parallel L`: one bundle, L lanes of this script sharing the runs. */
async function parallel(): Promise<number> {
  const built = await buildCrashBundle();
  try {
    return await runLanes({ lanes, runs, seed, withSync, bundleDir: built.dir });
  } finally {
    built.dispose();
  }
}

async function main(): Promise<number> {
  if (lanes > 1 && !values.lane) return parallel();
  const started = Date.now();
  const tag = values.lane ? `crash lane ${values.lane}` : 'crash';
  console.log(`${tag}: ${runs} runs, seed ${seed}${withSync ? ', with the sync worker and a hub' : ''}`);
  const root = mkdtempSync(join(tmpdir(), 'lianxin-crash-'));
  const template = await seatTemplate();
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(root, { recursive: true, force: true }), () => rmSync(template, { recursive: true, force: true })];
  const given = values.bundle;
  const bundle = given ? { seat: join(given, 'start-web.mjs'), hub: join(given, 'hub.mjs') } : await buildCrashBundle();
  if ('dispose' in bundle) cleanups.push(() => bundle.dispose());
  const cleanup = async () => {
    for (const c of cleanups.splice(0).reverse()) await Promise.resolve(c()).catch(() => undefined);
  };
  // A restart takes a few seconds on a loaded machine; beyond this something hangs.
  const guard = setTimeout(() => {
    console.error('crash: over its time bound; stopping everything');
    void cleanup().then(() => process.exit(2));
  }, (runs * 20 + 300) * 1000);
  const stopOnSignal = () => {
    interrupted = true;
    void cleanup().then(() => process.exit(130));
  };
  // A long run (10,000 kills take hours) is worth its tally when stopped early.
  onCtrlC(() => {
    stopAfterRun = true;
    console.log(`${tag}: stopping after this run (Ctrl+C again stops at once)`);
  }, stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  const tally = { runs: 0, seatKills: 0, hubKills: 0, acknowledged: 0, lost: [] as string[], problems: [] as string[] };
  try {
    let hub: (Restartable & { url: string; enroll(seatUrl: string): Promise<void> }) | null = null;
    let pool: ReturnType<typeof openPool> | null = null;
    if (withSync) {
      const pg = await startTestPostgres({ durable: true });
      cleanups.push(() => pg.stop());
      const url = await pg.createDatabase();
      const p = openPool(url, 2);
      pool = p;
      cleanups.push(() => p.end());
      await migrate(p);
      await seedDemoTown(p);
      const h = await hubProcess(0, url, bundle.hub);
      cleanups.push(() => h.stop());
      await h.start();
      const hubUrl = `http://127.0.0.1:${h.port}`;
      hub = Object.assign(h, {
        url: hubUrl,
        async enroll(seatUrl: string) {
          const { code } = await createEnrollmentCode(p, { townId: DEMO_TOWN_ID, scope: { scope: 'town' }, admin: false });
          await enrollSeat(seatUrl, hubUrl, code, 'crash GH01');
        },
      });
    }

    const timing = newTiming();
    let generation = 0;
    const newSeat = async () => {
      const dir = join(root, `store-${generation++}`);
      mkdirSync(dir, { recursive: true });
      const seat = await seatProcess('GH01', template, dir, bundle.seat);
      cleanups.push(() => seat.stop());
      await seat.start();
      await hub?.enroll(seat.url);
      return { seat, work: startWorkload(() => seat.url, 'centre', random, 30, RETRY_MS) };
    };
    /** The seat's store against what its API acknowledged so far (read after a restart, or once it is stopped). */
    const check = (run: string, seat: { dbFile: string }, work: Workload) => {
      const acknowledged = { filed: new Set(work.filed), actions: [...work.actions] };
      const t = performance.now();
      const result = checkSeatStore(seat.dbFile, acknowledged);
      timing.check.push(performance.now() - t);
      tally.lost.push(...result.lost.map((p) => `${run}: ${p}`));
      tally.problems.push(...result.problems.map((p) => `${run}: ${p}`));
    };
    const retire = async (current: { seat: Awaited<ReturnType<typeof seatProcess>>; work: Workload }) => {
      await current.work.stop();
      tally.acknowledged += current.work.acknowledged;
      await current.seat.stop();
      check(`after store ${generation}`, current.seat, current.work);
    };

    let current = await newSeat();
    let readyAt = performance.now();
    console.log(`${tag}: seat up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const hubRestarts = new Set<Promise<void>>();
    const stopFile = values['stop-file'];
    for (let run = 1; run <= runs && !(stopAfterRun ||= stopFile !== undefined && existsSync(stopFile)); run++) {
      if (!withSync && run > 1 && (run - 1) % RUNS_PER_STORE === 0) {
        await retire(current);
        current = await newSeat();
        readyAt = performance.now();
      }
      // Every kill falls while writes flow: wait for the desk's first acknowledged write since the restart.
      const ackedBefore = current.work.acknowledged;
      const flowingBy = Date.now() + 30_000;
      while (current.work.acknowledged === ackedBefore && Date.now() < flowingBy) await pause(5);
      timing.flow.push(performance.now() - readyAt);
      const workMs = killDelayMs(random);
      const h = hub;
      if (h && random() < 0.5) {
        const restart = pause(random() * workMs).then(async () => {
          if (!h.up()) return;
          await h.kill();
          tally.hubKills++;
          await pause(between(200, 2000));
          await h.start();
        });
        hubRestarts.add(restart);
        void restart.finally(() => hubRestarts.delete(restart));
      }
      await pause(workMs);
      const killAt = performance.now();
      timing.sinceReady.push(killAt - readyAt);
      timing.writing.push(current.work.inFlight > 0);
      await current.seat.kill();
      tally.seatKills++;
      await current.seat.start();
      readyAt = performance.now();
      timing.restart.push(readyAt - killAt);
      check(`run ${run}`, current.seat, current.work);
      tally.runs = run;
      if (tally.lost.length + tally.problems.length > 0) break;
      if (run % 100 === 0) console.log(`${tag}: ${run} runs, ${tally.acknowledged + current.work.acknowledged} writes acknowledged, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    await Promise.all([...hubRestarts]);

    if (hub && pool) {
      await current.work.stop();
      await hub.start();
      const deadline = Date.now() + CONVERGE_MS;
      const onDisk = [{ code: 'GH01', dbFile: current.seat.dbFile, viewer: { scope: 'town' } as const, filed: current.work.filed }];
      while (Date.now() < deadline && !(await drained([current.seat.url]))) await pause(500);
      while (Date.now() < deadline && (await verify(pool, onDisk)).problems.length > 0) await pause(1000);
      await current.seat.stop();
      const verdict = await verify(pool, onDisk);
      tally.problems.push(...verdict.problems.map((p) => `hub: ${p}`));
      console.log(`${tag}: hub holds ${verdict.hubCases} cases, ${verdict.hubEvents} events after the seat drained`);
    }
    await retire(current);

    const seconds = (Date.now() - started) / 1000;
    console.log(timingSummary(tag, timing));
    console.log(
      `${tag}: runs ${tally.runs}, kills ${tally.seatKills} seat${withSync ? ` + ${tally.hubKills} hub` : ''}, acknowledged writes ${tally.acknowledged}, lost ${tally.lost.length}, other problems ${tally.problems.length}; ${seconds.toFixed(0)} s (${((seconds / tally.runs) * 1000).toFixed(0)} ms a run)`,
    );
    if (tally.acknowledged === 0) tally.problems.push('no write was acknowledged: the kills tested nothing');
    const found = [...tally.lost, ...tally.problems];
    if (values.lane) console.log(`${LANE_RESULT} ${JSON.stringify({ runs: tally.runs, seatKills: tally.seatKills, hubKills: tally.hubKills, acknowledged: tally.acknowledged, lost: tally.lost.length, problems: tally.problems.length, timing })}`);
    if (found.length > 0 || (tally.runs < runs && !stopAfterRun)) {
      console.log(`${tag}: FAILED (seed ${seed}):\n  ${found.slice(0, 30).join('\n  ')}`);
      return 1;
    }
    console.log(`${tag}: OK — every acknowledged case and action survived every kill; projections equal their events; integrity ok`);
    if (tally.runs < runs) {
      console.log(`${tag}: stopped by Ctrl+C after ${tally.runs} of ${runs} runs; the runs above are checked in full`);
      return 130;
    }
    return 0;
  } finally {
    clearTimeout(guard);
    await cleanup();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  if (!interrupted) console.error(error);
  return 1;
});
