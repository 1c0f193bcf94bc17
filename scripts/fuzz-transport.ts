/**
 * `npm run fuzz:transport -- [--seconds N] [--seed S]`: starts browser mode on 127.0.0.1 (a free
 * port, a fresh data folder) and drives its HTTP and WebSocket server from outside: malformed
 * requests and frames, random and refused calls, slow readers, a flood of 10,000 calls. Prints
 * cases tried, crashes, uncoded errors, partial writes, peak RSS under the slow-reader flood and a
 * legitimate call's p95 during the flood; exits 1 when a goal is missed. Merges
 * `.test-reports/fuzz-transport.json`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserMode } from '../tests/e2e/support/browser-mode';
import { openTestSocket } from '../tests/support/ws-client';
import { floodLatency, slowReaderFlood } from './fuzz-transport/floods';
import { fuzzHttp } from './fuzz-transport/http-cases';
import { treeRssBytes } from './fuzz-transport/process-memory';
import { openRowCounter } from './fuzz-transport/store-rows';
import { newTally, note } from './fuzz-transport/tally';
import { fuzzEnvelopes, fuzzFrames } from './fuzz-transport/ws-cases';

const goals = { peakRssMb: 300, p95Ms: 100 };
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, seed: { type: 'string', default: '20261201' } } });
const seconds = Math.max(8, Number(values.seconds));
const seed = Number(values.seed);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lianxin-fuzz-'));
  console.log('fuzz:transport: starting browser mode…');
  const server = await startBrowserMode(dataDir);
  const pid = server.pid ?? 0;
  const { port } = new URL(server.url);
  const tally = newTally();
  const rows = openRowCounter(dataDir);
  const started = Date.now();
  const phaseEnd = (share: number) => Date.now() + seconds * 1000 * share;
  try {
    const setup = await openTestSocket(server.url);
    const token = await setup.login('op01');
    setup.close();
    const idleRss = treeRssBytes(pid);
    const phase = (name: string) => console.log(`  ${Math.round((Date.now() - started) / 1000)} s: ${name} (${tally.casesTried} cases so far)`);
    phase('malformed HTTP requests');
    await fuzzHttp(Number(port), tally, phaseEnd(0.15), seed);
    phase('bad WebSocket frames');
    await fuzzFrames(server.url, tally);
    phase('refused and random calls');
    await fuzzEnvelopes(server.url, tally, rows, phaseEnd(0.25), seed);
    phase('slow readers');
    const slow = await slowReaderFlood(server.url, pid, token, seconds * 1000 * 0.3, tally);
    phase('a flood of 10,000 calls');
    const flood = await floodLatency(server.url, token, 10_000, tally);
    // After a rate window, so the flood's reconnections do not count against this one.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const alive = server.alive() && (await answersCall(server.url, token));
    if (!alive) {
      tally.crashes += 1;
      note(tally, 'the server did not answer at the end');
    }
    const settledRss = treeRssBytes(pid);
    const report = {
      seconds: Math.round((Date.now() - started) / 1000),
      casesTried: tally.casesTried,
      crashes: tally.crashes,
      uncodedErrors: tally.uncodedErrors,
      partialWrites: tally.partialWrites,
      idleRssMb: mb(idleRss),
      peakRssSlowReadersMb: mb(slow.peakRss),
      settledRssMb: mb(settledRss),
      slowReadersClosedByServer: slow.closedByServer,
      floodCalls: 10_000,
      legitimateP95Ms: Math.round(flood.p95 * 10) / 10,
      legitimateCalls: flood.calls,
      legitimateRefused: flood.refused,
      findings: tally.findings,
    };
    console.log(`fuzz:transport ${report.seconds} s, seed ${seed}`);
    console.log(`  cases tried ${report.casesTried}; crashes ${report.crashes}; uncoded errors ${report.uncodedErrors}; partial writes ${report.partialWrites}`);
    console.log(`  RSS idle ${report.idleRssMb} MB, peak under slow readers ${report.peakRssSlowReadersMb} MB (goal ≤ ${goals.peakRssMb}), after ${report.settledRssMb} MB; slow readers closed by the server: ${report.slowReadersClosedByServer}`);
    console.log(`  legitimate call p95 during a flood of 10,000 calls: ${report.legitimateP95Ms} ms over ${report.legitimateCalls} calls, ${report.legitimateRefused} refused (goal ≤ ${goals.p95Ms} ms)`);
    for (const finding of report.findings) console.log(`  finding: ${finding}`);
    mkdirSync(resolve(import.meta.dirname, '../.test-reports'), { recursive: true });
    writeFileSync(resolve(import.meta.dirname, '../.test-reports/fuzz-transport.json'), `${JSON.stringify(report, null, 2)}\n`);
    const met =
      report.crashes === 0 &&
      report.uncodedErrors === 0 &&
      report.partialWrites === 0 &&
      report.peakRssSlowReadersMb <= goals.peakRssMb &&
      report.legitimateP95Ms <= goals.p95Ms &&
      report.legitimateRefused === 0;
    console.log(met ? 'fuzz:transport: every goal met' : 'fuzz:transport: GOAL MISSED');
    return met ? 0 : 1;
  } finally {
    rows.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function answersCall(url: string, token: string): Promise<boolean> {
  try {
    const socket = await openTestSocket(url);
    const result = await socket.call('auth:session', {}, token);
    socket.close();
    return result.ok;
  } catch {
    return false;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
