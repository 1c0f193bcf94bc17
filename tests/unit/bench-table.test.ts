import { describe, expect, it } from 'vitest';
import { GOALS, type PartName } from '../../scripts/bench/goals';
import { benchTable, type PartOutcome } from '../../scripts/bench/table';
import type { BenchFigure } from '../../scripts/bench-sla/results-file';

const parts = [...new Set(GOALS.map((g) => g.part))];
const allOk = (): Map<PartName, PartOutcome> => new Map(parts.map((p) => [p, { ok: true, seconds: 1 }]));
const figureOf = (name: string, value: number, extra: Partial<BenchFigure> = {}): BenchFigure => ({ figure: name, value, unit: 'ms', cases: 1000, ...extra });
const everyFigure = (): BenchFigure[] => GOALS.map((g) => figureOf(g.figure, 1, { baseline: 1, ratio: 1 }));

describe('the bench table', () => {
  it('has one row a goal of the quick set, and judges each against its goal', () => {
    const figures = everyFigure().map((f) => (f.figure === 'intake.save.p95' ? { ...f, ratio: 3.5 } : f));
    const rows = benchTable(figures, allOk(), true);
    expect(rows).toHaveLength(GOALS.filter((g) => !g.fullOnly).length);
    expect(rows.find((r) => r.figure.startsWith('save a case, p95'))?.verdict).toBe('MISSED');
    expect(rows.find((r) => r.figure.startsWith('wall display refresh'))?.verdict).toBe('met');
    expect(rows.some((r) => r.failed)).toBe(false);
  });

  it('shows a failed part as failed on each of its rows, never as a blank, and fails the run', () => {
    const outcomes = allOk();
    outcomes.set('hub', { ok: false, why: 'FAILED (exit 1 after 3 s; bench/logs/hub.log)' });
    const hubRows = benchTable(everyFigure(), outcomes, false).filter((r) => r.figure.startsWith('hub ingest'));
    expect(hubRows).toHaveLength(3);
    for (const r of hubRows) expect(r).toMatchObject({ verdict: expect.stringContaining('FAILED'), failed: true });
  });

  it('fails the run when a part that succeeded did not write a figure it should have', () => {
    const rows = benchTable(everyFigure().filter((f) => f.figure !== 'core: RSS with the store open'), allOk(), false);
    expect(rows.find((r) => r.figure.startsWith('core memory'))).toMatchObject({ verdict: expect.stringContaining('MISSING'), failed: true });
  });

  it('does not count a part this checkout lacks as a failure, and says why it has no figure', () => {
    const outcomes = allOk();
    outcomes.set('first-screen', { ok: false, why: 'not run: scripts/bench-first-screen.ts is not in this checkout' });
    const rows = benchTable(everyFigure(), outcomes, true).filter((r) => r.goal && r.figure.includes('first screen'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatchObject({ verdict: expect.stringContaining('not run'), failed: false });
  });
});
