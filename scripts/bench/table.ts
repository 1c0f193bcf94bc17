import type { BenchFigure } from '../bench-sla/results-file';
import { GOALS, type PartName } from './goals';

export type PartOutcome = { readonly ok: true; readonly seconds: number } | { readonly ok: false; readonly why: string };

export interface TableRow {
  readonly figure: string;
  readonly value: string;
  readonly unit: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly goal: string;
  /** met, MISSED, — (for scale), or why there is no figure. */
  readonly verdict: string;
  /** A failed part or a figure its part did not write: the run failed. */
  readonly failed: boolean;
}

const number = (x: number | undefined): string => {
  if (x === undefined || !Number.isFinite(x)) return '';
  // Bare baselines can be a few microseconds: three significant digits rather than 0.00.
  if (x !== 0 && Math.abs(x) < 0.1) return x.toPrecision(3);
  const digits = Math.abs(x) < 10 ? 2 : Math.abs(x) < 1000 ? 1 : 0;
  return x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};

/** One row a goal, in the goals' order: a part that failed shows as failed, never as a blank. */
export function benchTable(figures: readonly BenchFigure[], outcomes: ReadonlyMap<PartName, PartOutcome>, quick: boolean): TableRow[] {
  const byName = new Map(figures.map((f) => [f.figure, f]));
  const rows: TableRow[] = [];
  for (const goal of GOALS) {
    if (quick && goal.fullOnly) continue;
    const outcome = outcomes.get(goal.part);
    const f = byName.get(goal.figure);
    const empty = { value: '', unit: '', baseline: '', ratio: '', goal: goal.goal };
    if (!outcome || !outcome.ok) {
      const skipped = outcome?.why.startsWith('not run');
      rows.push({ figure: goal.label, ...empty, verdict: outcome ? outcome.why : 'not run', failed: !skipped });
    } else if (!f) {
      rows.push({ figure: goal.label, ...empty, verdict: `MISSING: ${goal.part} wrote no "${goal.figure}"`, failed: true });
    } else {
      const verdict = goal.met === null ? '—' : goal.met(f) ? 'met' : 'MISSED';
      const size = f.cases ? ` (${f.cases.toLocaleString('en')})` : '';
      rows.push({ figure: `${goal.label}${size}`, value: number(f.value), unit: f.unit, baseline: number(f.baseline), ratio: number(f.ratio), goal: goal.goal, verdict, failed: false });
    }
  }
  return rows;
}

const columns = ['figure', 'value', 'unit', 'bare baseline', 'ratio', 'goal', ''] as const;
const cells = (r: TableRow) => [r.figure, r.value, r.unit, r.baseline, r.ratio, r.goal, r.verdict];

export function textTable(rows: readonly TableRow[]): string {
  const all = [[...columns], ...rows.map(cells)];
  const widths = columns.map((_, i) => Math.max(...all.map((c) => [...(c[i] ?? '')].length)));
  const pad = (s: string, i: number) => (i >= 1 && i <= 4 ? s.padStart(widths[i] ?? 0) : s.padEnd(widths[i] ?? 0));
  return all.map((c) => c.map(pad).join('  ').trimEnd()).join('\n');
}

export function markdownTable(rows: readonly TableRow[]): string {
  const line = (c: readonly string[]) => `| ${c.map((s) => s.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line([...columns.slice(0, -1), 'met?']), line(columns.map(() => '---')), ...rows.map((r) => line(cells(r).map((s, i) => (i === 6 && s !== 'met' && s !== '—' ? `**${s}**` : s))))].join('\n');
}
