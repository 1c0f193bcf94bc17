/**
 * `npm run bench:demo [-- --runs N]`: how long the demo town's first start takes to play its
 * 90 days of history (goal under 10 s), beside the same store opened with `--empty` in the same
 * run as the bare baseline; prints every run (the spread) and merges bench/results.json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { openCore } from '../electron/core/open-core';
import { mergeBenchResults } from './bench-sla/results-file';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

/** The whole first start, and the history's own share as the core logs it. */
async function firstStart(demoHistory: boolean): Promise<{ total: number; history: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'lianxin-bench-demo-'));
  let history = 0;
  const logger = pino({ level: 'info' }, {
    write: (line: string) => {
      const entry = JSON.parse(line) as { msg?: string; ms?: number };
      if (entry.msg === 'played the demo town history') history = entry.ms ?? 0;
    },
  });
  try {
    const started = performance.now();
    const core = await openCore({ dataDir: dir, logger, demoHistory });
    const total = performance.now() - started;
    core.close();
    return { total, history };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const played: number[] = [];
const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  const empty = await firstStart(false);
  const demo = await firstStart(true);
  bare.push(empty.total);
  played.push(demo.total);
  console.log(`run ${i + 1}: first start with the demo history ${Math.round(demo.total)} ms (the history itself ${demo.history} ms), empty store ${Math.round(empty.total)} ms`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const value = Math.round(median(played));
const baseline = Math.round(median(bare));
console.log(`median: first start with the demo history ${value} ms (min ${Math.round(Math.min(...played))}, max ${Math.round(Math.max(...played))}); empty store ${baseline} ms`);
mergeBenchResults(resolve(import.meta.dirname, '../bench/results.json'), [
  { figure: 'demo town first start, 90 days of history', value, unit: 'ms', baseline, ratio: Number((value / Math.max(1, baseline)).toFixed(1)), cases: 90 },
]);
