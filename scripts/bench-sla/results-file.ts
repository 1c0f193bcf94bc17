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

/** Replaces this run's figures in the file and keeps every other benchmark's. */
export function mergeBenchResults(file: string, figures: readonly BenchFigure[]): void {
  let existing: BenchFigure[];
  try {
    existing = JSON.parse(readFileSync(file, 'utf8')) as BenchFigure[];
  } catch {
    // No results yet (or an unreadable file): start a new list.
    existing = [];
  }
  const mine = new Set(figures.map((f) => f.figure));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify([...existing.filter((f) => !mine.has(f.figure)), ...figures], null, 2)}\n`);
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
