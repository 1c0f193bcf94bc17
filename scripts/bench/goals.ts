import type { BenchFigure } from '../bench-sla/results-file';

/** The parts of `npm run bench`, each a script of its own (scripts/bench/parts.ts runs them). */
export type PartName = 'save-search' | 'core-memory' | 'first-screen' | 'sla' | 'board' | 'assessment' | 'hub' | 'sync' | 'intake-quality';

/** One row of the bench table: a figure a part writes, what it is called there, and its goal. */
export interface Goal {
  /** The name the part writes into bench/results.json. */
  readonly figure: string;
  readonly label: string;
  readonly part: PartName;
  /** The goal as the table shows it; 'for scale' where there is none. */
  readonly goal: string;
  /** Null for a figure given for scale. */
  readonly met: ((f: BenchFigure) => boolean) | null;
  /** Measured by the full run only (a quick run leaves it out, and that is no failure). */
  readonly fullOnly?: boolean;
}

const atMost = (limit: number) => (f: BenchFigure) => f.value <= limit;
const atLeast = (limit: number) => (f: BenchFigure) => f.value >= limit;
const ratioAtMost = (limit: number) => (f: BenchFigure) => f.ratio !== undefined && f.ratio <= limit;
const both =
  (...checks: ((f: BenchFigure) => boolean)[]) =>
  (f: BenchFigure) =>
    checks.every((c) => c(f));
const ingest = (seats: string): Goal => ({
  figure: `hub: ingest, ${seats} pushing`,
  label: `hub ingest, ${seats} pushing`,
  part: 'hub',
  goal: '≥ 10,000 events/s and ≥ 0.5 × bare',
  met: both(atLeast(10_000), (f) => f.ratio !== undefined && f.ratio >= 0.5),
});

/** Every goal of the console's speed, memory and intake quality, in the order the table prints them. */
export const GOALS: readonly Goal[] = [
  { figure: 'intake.save.p50', label: 'save a case, p50', part: 'save-search', goal: 'for scale', met: null },
  { figure: 'intake.save.p95', label: 'save a case, p95', part: 'save-search', goal: '≤ 3 × bare insert', met: ratioAtMost(3) },
  { figure: 'intake.save.first_after_start', label: 'first save after start', part: 'save-search', goal: 'for scale', met: null },
  { figure: 'search.3plus.p95', label: 'search, 3+ characters, p95', part: 'save-search', goal: '≤ 10 ms and ≤ 2 × bare FTS5', met: both(atMost(10), ratioAtMost(2)) },
  { figure: 'search.1to2.p95', label: 'search, 1–2 characters, p95', part: 'save-search', goal: '≤ 50 ms', met: atMost(50) },
  { figure: 'core: RSS with the store open', label: 'core memory (RSS), store open and in use', part: 'core-memory', goal: '≤ 300 MB', met: atMost(300) },
  { figure: 'board: F4 to first rows', label: 'board: F4 to first rows', part: 'board', goal: '≤ 300 ms', met: atMost(300) },
  { figure: 'board: frame gap p95 while scrolling', label: 'board: frame gap p95, scrolling', part: 'board', goal: '≤ 17 ms', met: atMost(17) },
  { figure: 'board: wall display refresh, overdue town', label: 'wall display refresh, a town behind (most clocks overdue)', part: 'board', goal: '≤ 100 ms', met: atMost(100) },
  { figure: 'sla: every clock of the open cases', label: 'every clock of the open cases', part: 'sla', goal: '≤ 50 ms', met: atMost(50) },
  { figure: 'sla: wall display refresh', label: 'wall display refresh', part: 'sla', goal: '≤ 100 ms', met: atMost(100) },
  { figure: 'assessment: a year of every unit (figures, scores, ranking)', label: "a year's assessment of every unit", part: 'assessment', goal: '≤ 1,000 ms', met: atMost(1000) },
  { figure: 'spikes: last 3 days against the 28 before, every committee × category', label: 'spike detection', part: 'assessment', goal: '≤ 2,000 ms', met: atMost(2000) },
  ingest('1 seat'),
  ingest('5 seats'),
  ingest('20 seats'),
  { figure: 'sync: backlog drain', label: 'backlog drain to the hub', part: 'sync', goal: '≥ 5,000 events/s (100,000 in ≤ 20 s)', met: atLeast(5000) },
  { figure: 'sync: API call p95 during the drain', label: 'API call p95 during the drain', part: 'sync', goal: '≤ 50 ms', met: atMost(50) },
  {
    figure: 'first screen: navigation → usable intake form, cold, p50',
    label: 'first screen, cold (navigation → usable form)',
    part: 'first-screen',
    goal: '≤ 1,000 ms',
    met: atMost(1000),
  },
  {
    figure: 'first screen: navigation → usable intake form, warm, p50',
    label: 'first screen, warm',
    part: 'first-screen',
    goal: '≤ 300 ms',
    met: atMost(300),
  },
  {
    figure: 'first screen: warm reload → usable intake form, session kept, p50',
    label: 'first screen, warm reload (session kept, no login)',
    part: 'first-screen',
    goal: 'for scale',
    met: null,
  },
  {
    figure: 'first screen: process start → usable intake form, demo town, p50',
    label: 'process start → usable form, demo town',
    part: 'first-screen',
    goal: '≤ 2,500 ms',
    met: atMost(2500),
  },
  {
    figure: 'first screen: process start → usable intake form, large store, p50',
    label: 'process start → usable form, large store',
    part: 'first-screen',
    goal: '≤ 2,500 ms',
    met: atMost(2500),
    fullOnly: true,
  },
  {
    figure: 'intake quality: duplicates, category chosen (held) recall',
    label: 'duplicate check recall (held-out half)',
    part: 'intake-quality',
    goal: '≥ 0.9',
    met: atLeast(0.9),
  },
  {
    figure: 'intake quality: duplicates, category chosen (held) precision',
    label: 'duplicate check precision (held-out half)',
    part: 'intake-quality',
    goal: '≥ 0.8',
    met: atLeast(0.8),
  },
  {
    figure: 'intake quality: duplicates, category chosen (fresh) recall',
    label: 'duplicate check recall (second held-out set)',
    part: 'intake-quality',
    goal: '≥ 0.9',
    met: atLeast(0.9),
  },
  {
    figure: 'intake quality: duplicates, category chosen (fresh) precision',
    label: 'duplicate check precision (second held-out set)',
    part: 'intake-quality',
    goal: '≥ 0.8',
    met: atLeast(0.8),
  },
  {
    figure: 'intake quality: duplicates, category chosen (third) recall',
    label: 'duplicate check recall (third held-out set)',
    part: 'intake-quality',
    goal: '≥ 0.9',
    met: atLeast(0.9),
  },
  {
    figure: 'intake quality: duplicates, category chosen (third) precision',
    label: 'duplicate check precision (third held-out set)',
    part: 'intake-quality',
    goal: '≥ 0.8',
    met: atLeast(0.8),
  },
  {
    figure: 'intake quality: duplicates, category chosen (fourth) recall',
    label: 'duplicate check recall (fourth held-out set, written blind)',
    part: 'intake-quality',
    goal: '≥ 0.9',
    met: atLeast(0.9),
  },
  {
    figure: 'intake quality: duplicates, category chosen (fourth) precision',
    label: 'duplicate check precision (fourth held-out set, written blind)',
    part: 'intake-quality',
    goal: '≥ 0.8',
    met: atLeast(0.8),
  },
  {
    figure: 'intake quality: knowledge answer offered (held) precision',
    label: 'knowledge answer precision (held-out half)',
    part: 'intake-quality',
    goal: '≥ 0.9',
    met: atLeast(0.9),
  },
];

/** The goal text of a figure, for a part's own table ('' for one not in the table). */
export const goalText = (figure: string): string => GOALS.find((g) => g.figure === figure)?.goal ?? '';
