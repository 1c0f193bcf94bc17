import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startChild, type Child } from '../demo-town/child';
import { onCtrlC } from './ctrl-c';
import { mergeTimings, timingSummary, type Timing } from './timing';

/** The line a lane ends on: its tally, read by the parent. */
export const LANE_RESULT = 'crash-lane-result';

interface LaneResult {
  runs: number;
  seatKills: number;
  hubKills: number;
  acknowledged: number;
  lost: number;
  problems: number;
  timing: Timing;
}

/**
 * Splits the runs over `lanes` processes of scripts/crash.ts, each with its own stores, ports
 * (and PostgreSQL and hub with the sync worker), seeded seed+lane, all on the one bundle. Their
 * output is echoed with the lane's tag. The first Ctrl+C tells every lane (by a file, not a signal:
 * tsx would relay a signal and, on a busy machine, escalate it to a kill) to end its run under way
 * and report; the sum is printed as for a whole run. A second Ctrl+C, or a lane that fails to
 * start, stops every lane at once.
 */
export async function runLanes(o: { lanes: number; runs: number; seed: number; withSync: boolean; bundleDir: string }): Promise<number> {
  const started = Date.now();
  console.log(`crash: ${o.runs} runs in ${o.lanes} lanes, seed ${o.seed}${o.withSync ? ', with the sync worker and a hub' : ''}`);
  const children: Child[] = [];
  const stopAll = () => Promise.all(children.map((c) => c.stop()));
  // Stopping the lanes ends the wait below, so the caller still removes the bundle.
  let interrupted = false;
  let stoppedEarly = false;
  const onSignal = () => {
    interrupted = true;
    void stopAll();
  };
  const stopFile = join(o.bundleDir, 'stop');
  const offCtrlC = onCtrlC(() => {
    stoppedEarly = true;
    writeFileSync(stopFile, '');
    console.log('crash: every lane stops after its run under way (Ctrl+C again stops at once)');
  }, onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (let lane = 0; lane < o.lanes; lane++) {
      const share = Math.floor(o.runs / o.lanes) + (lane < o.runs % o.lanes ? 1 : 0);
      if (share === 0) continue;
      const args = ['scripts/crash.ts', '--runs', String(share), '--seed', String(o.seed + lane), '--lane', String(lane + 1), '--bundle', o.bundleDir, '--stop-file', stopFile];
      if (o.withSync) args.push('--with-sync');
      children.push(startChild(`lane ${lane + 1}`, args, { echo: true }));
    }
    const codes = await Promise.all(children.map((c) => new Promise<number>((done) => c.process.once('close', (code) => done(code ?? 1)))));
    const results = children.flatMap((c) => c.lines(new RegExp(`^${LANE_RESULT} `)).map((l) => JSON.parse(l.slice(LANE_RESULT.length + 1)) as LaneResult));
    const sum = (key: keyof Omit<LaneResult, 'timing'>) => results.reduce((a, r) => a + r[key], 0);
    const seconds = (Date.now() - started) / 1000;
    const runs = sum('runs');
    console.log(timingSummary('crash', mergeTimings(results.map((r) => r.timing))));
    console.log(
      `crash: ${o.lanes} lanes, runs ${runs}, kills ${sum('seatKills')} seat${o.withSync ? ` + ${sum('hubKills')} hub` : ''}, acknowledged writes ${sum('acknowledged')}, lost ${sum('lost')}, other problems ${sum('problems')}; ${seconds.toFixed(0)} s (${((seconds / Math.max(runs, 1)) * 1000).toFixed(0)} ms a run over all lanes)`,
    );
    if (interrupted) {
      console.log('crash: interrupted; every lane stopped');
      return 130;
    }
    if (stoppedEarly) {
      // A lane stopped this way exits 130 after reporting OK (0 if it had finished); any other code is its finding.
      const checked = codes.every((c) => c === 130 || c === 0) && results.length === children.length && sum('lost') + sum('problems') === 0;
      console.log(checked ? `crash: stopped by Ctrl+C after ${runs} of ${o.runs} runs; OK in every lane for the runs made` : `crash: FAILED (seed ${o.seed}; a lane's own lines above say what)`);
      return checked ? 130 : 1;
    }
    const ok = codes.every((c) => c === 0) && results.length === children.length && runs === o.runs;
    console.log(ok ? 'crash: OK in every lane' : `crash: FAILED (seed ${o.seed}; a lane's own lines above say what)`);
    return ok ? 0 : 1;
  } finally {
    offCtrlC();
    process.off('SIGTERM', onSignal);
    await stopAll();
  }
}
