import { startChild, type Child } from '../demo-town/child';
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
 * output is echoed with the lane's tag; on Ctrl+C or when one fails to start, every lane is stopped.
 */
export async function runLanes(o: { lanes: number; runs: number; seed: number; withSync: boolean; bundleDir: string }): Promise<number> {
  const started = Date.now();
  console.log(`crash: ${o.runs} runs in ${o.lanes} lanes, seed ${o.seed}${o.withSync ? ', with the sync worker and a hub' : ''}`);
  const children: Child[] = [];
  const stopAll = () => Promise.all(children.map((c) => c.stop()));
  // Stopping the lanes ends the wait below, so the caller still removes the bundle.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    void stopAll();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (let lane = 0; lane < o.lanes; lane++) {
      const share = Math.floor(o.runs / o.lanes) + (lane < o.runs % o.lanes ? 1 : 0);
      if (share === 0) continue;
      const args = ['scripts/crash.ts', '--runs', String(share), '--seed', String(o.seed + lane), '--lane', String(lane + 1), '--bundle', o.bundleDir];
      if (o.withSync) args.push('--with-sync');
      children.push(startChild(`lane ${lane + 1}`, args, { echo: true }));
    }
    const codes = await Promise.all(children.map((c) => new Promise<number>((done) => c.process.once('exit', (code) => done(code ?? 1)))));
    const results = children.flatMap((c) => c.lines(new RegExp(`^${LANE_RESULT} `)).map((l) => JSON.parse(l.slice(LANE_RESULT.length + 1)) as LaneResult));
    const sum = (key: keyof Omit<LaneResult, 'timing'>) => results.reduce((a, r) => a + r[key], 0);
    const seconds = (Date.now() - started) / 1000;
    const runs = sum('runs');
    console.log(timingSummary('crash', mergeTimings(results.map((r) => r.timing))));
    console.log(
      `crash: ${o.lanes} lanes, runs ${runs}, kills ${sum('seatKills')} seat${o.withSync ? ` + ${sum('hubKills')} hub` : ''}, acknowledged writes ${sum('acknowledged')}, lost ${sum('lost')}, other problems ${sum('problems')}; ${seconds.toFixed(0)} s (${((seconds / Math.max(runs, 1)) * 1000).toFixed(0)} ms a run over all lanes)`,
    );
    const ok = codes.every((c) => c === 0) && results.length === children.length && runs === o.runs;
    if (interrupted) {
      console.log('crash: interrupted; every lane stopped');
      return 130;
    }
    console.log(ok ? 'crash: OK in every lane' : `crash: FAILED (seed ${o.seed}; a lane's own lines above say what)`);
    return ok ? 0 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stopAll();
  }
}
