import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One measured figure as bench/results.json lists it, next to the bare baseline of the same run. */
export interface BenchFigure {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  /** Absent where no bare baseline makes sense (a figure given for scale). */
  readonly baseline?: number;
  readonly ratio?: number;
  readonly cases: number;
}

/**
 * `npm run bench` points every part at one file of its own run through this variable, so a run's
 * figures never mix with an earlier run's; a part run alone merges into the file it names.
 */
export const BENCH_RESULTS_ENV = 'LIANXIN_BENCH_RESULTS';

/** The file's figures, whether it is a bare list (a part's own) or a whole run with its machine and commit. */
export function readBenchFigures(file: string): BenchFigure[] {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as BenchFigure[] | { figures: BenchFigure[] };
    return Array.isArray(parsed) ? parsed : parsed.figures;
  } catch {
    // No results yet (or an unreadable file): an empty list.
    return [];
  }
}

/** Replaces this run's figures in the file and keeps every other benchmark's (and a whole run's machine, commit and date). */
export function mergeBenchResults(file: string, figures: readonly BenchFigure[]): void {
  const target = process.env[BENCH_RESULTS_ENV] ?? file;
  let envelope: Record<string, unknown> | null = null;
  try {
    const parsed = JSON.parse(readFileSync(target, 'utf8')) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) envelope = parsed as Record<string, unknown>;
  } catch {
    // Nothing to keep.
  }
  const mine = new Set(figures.map((f) => f.figure));
  const merged = [...readBenchFigures(target).filter((f) => !mine.has(f.figure)), ...figures];
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(envelope ? { ...envelope, figures: merged } : merged, null, 2)}\n`);
}

/** Median of `runs` timings of `work`, in milliseconds, after one warm-up run. */
export function medianMs(runs: number, work: () => void): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
