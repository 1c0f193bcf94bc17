/**
 * `npm run bench -- [--quick] [--data DIR]`: every figure of the console in one table — save,
 * search, core memory, first screen, board, clocks, wall, assessment, spikes, hub ingest, backlog
 * drain, intake quality — each beside the bare baseline its part measured in the same run, its
 * goal (scripts/bench/goals.ts) and whether it is met. Each part is an existing bench script, run
 * as a child process (its output in bench/logs/PART.log). The full set (default) is sized for
 * 1,000,000 cases and takes an hour or more; `--quick` (CI) uses small sizes and a few minutes.
 *
 * The case store is a town's (`npm run seed`: years of calls played by the real loop, most of
 * them closed, today's open in every state): `--store DIR`, or DIR/town-N (default bench/data;
 * N = 1,000,000, quick 10,000), seeded there first when missing, with its progress shown (about
 * an hour at 1,000,000 on two shared cores), and reused by later runs. It is copied before any
 * part opens it (the parts write: saves, migrations, the console's own bookkeeping), and the copy
 * deleted at the end: a store that others seeded is never written to.
 *
 * Writes bench/results.json and bench/results.md (quick: bench/results-quick.*) — the latest run
 * only, with its machine, commit and date. A part that fails is shown as failed and the command
 * exits 1; a missed goal is shown as MISSED and does not fail the command.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, closeSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE } from '../electron/core/open-core';
import { runContext } from './bench/machine';
import { benchParts } from './bench/parts';
import { benchTable, markdownTable, textTable, type PartOutcome } from './bench/table';
import type { PartName } from './bench/goals';
import { BENCH_RESULTS_ENV, readBenchFigures } from './bench-sla/results-file';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, data: { type: 'string' }, store: { type: 'string' } } });
const quick = values.quick;
const cases = quick ? 10_000 : 1_000_000;
const source = resolve(values.store ?? join(resolve(values.data ?? join(root, 'bench/data')), `town-${cases}`));
const scratch = join(root, 'bench/data', `.run-${process.pid}`);
const logs = join(root, 'bench/logs');
/** A part that takes longer than this hangs (the full wall store alone takes ~10 minutes to write). */
const PART_TIMEOUT_MS = (quick ? 6 : 120) * 60_000;
const tsx = join(root, 'node_modules/.bin/tsx');

let running: ReturnType<typeof spawn> | null = null;
const stopAll = () => {
  if (running?.pid) {
    try {
      process.kill(-running.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  rmSync(scratch, { recursive: true, force: true });
};
process.once('SIGINT', () => (stopAll(), process.exit(130)));
process.once('SIGTERM', () => (stopAll(), process.exit(143)));

function runPart(name: string, script: string, args: readonly string[], nodeFlags: readonly string[], results: string): Promise<PartOutcome> {
  const log = join(logs, `${name}.log`);
  const fd = openSync(log, 'w');
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(tsx, [...nodeFlags, script, ...args], { cwd: root, detached: true, stdio: ['ignore', fd, fd], env: { ...process.env, [BENCH_RESULTS_ENV]: results, LIANXIN_LOG_LEVEL: 'silent' } });
    running = child;
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), PART_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      closeSync(fd);
      running = null;
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) return done({ ok: true, seconds });
      const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-12).join('\n    ');
      console.log(`    ${tail}`);
      done({ ok: false, why: `FAILED (${signal ?? `exit ${code}`} after ${seconds.toFixed(0)} s; bench/logs/${name}.log)` });
    });
  });
}

/** `npm run seed` into DIR, its progress on this console. */
function seedTown(dir: string): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(tsx, [join(root, 'scripts/seed.ts'), '--cases', String(cases), '--data', dir], { cwd: root, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
    running = child;
    child.once('exit', (code) => {
      running = null;
      done(code === 0);
    });
  });
}

async function main(): Promise<number> {
  const context = runContext(root);
  console.log(`bench ${quick ? '--quick' : '(full set)'}: ${context.machine.cpu}, ${context.machine.cores} cores, ${context.machine.ramGb} GB; commit ${context.commit}; ${context.date}`);
  mkdirSync(scratch, { recursive: true });
  mkdirSync(logs, { recursive: true });
  if (!existsSync(join(source, DATABASE_FILE))) {
    if (values.store) throw new Error(`no case store at ${source}`);
    console.log(`no store at ${source}: seeding a town of ${cases.toLocaleString('en')} cases there (once; later runs reuse it)…`);
    // Seeded beside it and renamed when whole: an interrupted seed never passes for a store.
    const seeding = `${source}.seeding`;
    rmSync(seeding, { recursive: true, force: true });
    if (!(await seedTown(seeding))) throw new Error(`seeding ${seeding} failed`);
    renameSync(seeding, source);
  }
  const store = join(scratch, `town-${cases}`);
  console.log(`copying ${source} to ${store} (the parts write to their store; the original is left as it is)…`);
  cpSync(source, store, { recursive: true });
  const results = join(scratch, 'results.json');
  const outcomes = new Map<PartName, PartOutcome>();
  const build = await runPart('build-renderer', join(root, 'node_modules/vite/bin/vite.js'), ['build', '--logLevel', 'warn'], [], results);
  for (const part of benchParts({ quick, store, root })) {
    if (part.skip) {
      outcomes.set(part.name, { ok: false, why: `not run: ${part.skip}` });
      console.log(`  ${part.name}: not run (${part.skip})`);
      continue;
    }
    if (!build.ok && (part.name === 'board' || part.name === 'first-screen')) {
      outcomes.set(part.name, { ok: false, why: `FAILED: the renderer did not build (${build.why})` });
      continue;
    }
    process.stdout.write(`  ${part.name}: ${part.script} ${part.args.join(' ')}… `);
    const outcome = await runPart(part.name, part.script, part.args, part.nodeFlags ?? [], results);
    if (outcome.ok) console.log(`${outcome.seconds.toFixed(0)} s`);
    else console.log(`\n  ${part.name}: ${outcome.why}`);
    outcomes.set(part.name, outcome);
  }

  const figures = readBenchFigures(results);
  const rows = benchTable(figures, outcomes, quick);
  const command = `npm run bench${quick ? ' -- --quick' : ''}`;
  const heading = `\`${command}\` — ${quick ? 'QUICK run (small sizes, not the goals’ scale)' : 'full set'}; ${context.date}; commit ${context.commit}; ${context.machine.cpu}, ${context.machine.cores} cores, ${context.machine.ramGb} GB RAM, ${context.machine.os}, Node ${context.machine.node}; load average at start ${context.machine.loadAverageAtStart.join(' / ')}`;
  console.log(`\n${heading}\n\n${textTable(rows)}`);
  const out = join(root, quick ? 'bench/results-quick' : 'bench/results');
  const parts = Object.fromEntries([...outcomes].map(([name, o]) => [name, o.ok ? { ok: true, seconds: Math.round(o.seconds) } : { ok: false, why: o.why }]));
  writeFileSync(`${out}.json`, `${JSON.stringify({ command, quick, ...context, parts, table: rows, figures }, null, 2)}\n`);
  writeFileSync(`${out}.md`, `${heading}\n\n${markdownTable(rows)}\n`);
  console.log(`\nwritten to ${out}.json and ${out}.md`);
  const failed = rows.filter((r) => r.failed).length;
  if (failed > 0) console.log(`bench: ${failed} figure(s) FAILED or missing`);
  return failed > 0 || !build.ok ? 1 : 0;
}

process.exitCode = await main()
  .catch((error: unknown) => {
    console.error(error);
    return 1;
  })
  .finally(stopAll);
