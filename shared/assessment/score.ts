import { contributions, emptyFigures, type AssessedCase, type Figure, type FigureContext, type UnitFigures } from './figures';
import type { AssessmentRule } from './rule';

/** The figures of every unit that any case in the list touches. */
export function tallyUnits(cases: Iterable<AssessedCase>, ctx: FigureContext): Map<string, UnitFigures> {
  const units = new Map<string, Record<Figure, number>>();
  for (const c of cases) {
    for (const { unitId, figure, n } of contributions(c, ctx)) {
      let f = units.get(unitId);
      if (!f) units.set(unitId, (f = emptyFigures()));
      f[figure] += n;
    }
  }
  return units;
}

export interface Rates {
  /** 响应率: accepted and contacted within their limits, over the cases whose clocks are settled. */
  readonly response: number | null;
  /** 解决率: resolved over evaluated. */
  readonly resolution: number | null;
  /** 满意率: satisfied and basically satisfied over evaluated. */
  readonly satisfaction: number | null;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export function ratesOf(f: UnitFigures): Rates {
  return {
    response: ratio(f.responded, f.responseDue),
    resolution: ratio(f.resolved, f.evaluated),
    satisfaction: ratio(f.satisfied, f.evaluated),
  };
}

export interface Score {
  /** 100 × the weighted rates; a rate without cases leaves the others' weights to share its part. */
  readonly base: number | null;
  readonly bonus: number;
  readonly deduction: number;
  /** Null when no rate has a case behind it: such a unit is listed, not ranked. */
  readonly total: number | null;
}

export function scoreOf(f: UnitFigures, rule: AssessmentRule): Score {
  const r = ratesOf(f);
  const parts = [
    [r.response, rule.weights.response],
    [r.resolution, rule.weights.resolution],
    [r.satisfaction, rule.weights.satisfaction],
  ] as const;
  let weighted = 0;
  let weight = 0;
  for (const [rate, w] of parts) {
    if (rate === null) continue;
    weighted += rate * w;
    weight += w;
  }
  const base = weight === 0 ? null : (100 * weighted) / weight;
  const bonus = f.groupResolved * rule.bonus.group + f.legacyResolved * rule.bonus.legacy;
  const deduction = f.yellow * rule.deduction.yellow + f.red * rule.deduction.red + f.hasty * rule.deduction.hasty;
  return { base, bonus, deduction, total: base === null ? null : base + bonus - deduction };
}

export type InterviewReason = 'red' | 'hasty' | 'satisfaction';

/** Why a unit is called in (约谈); empty when it is not. */
export function interviewReasons(f: UnitFigures, rule: AssessmentRule): InterviewReason[] {
  const t = rule.interview;
  const reasons: InterviewReason[] = [];
  if (f.red >= t.red) reasons.push('red');
  if (f.hasty >= t.hasty) reasons.push('hasty');
  const s = ratesOf(f).satisfaction;
  if (s !== null && f.evaluated >= t.minEvaluated && s < t.satisfactionBelow) reasons.push('satisfaction');
  return reasons;
}

export interface RankedUnit {
  readonly unitId: string;
  readonly figures: UnitFigures;
  readonly rates: Rates;
  readonly score: Score;
  /** 1 for the best; equal totals share a rank; null for a unit without a score. */
  readonly rank: number | null;
  readonly interview: readonly InterviewReason[];
}

/** Best score first; units without a score last, by id, so the order is the same every time. */
export function rankUnits(units: ReadonlyMap<string, UnitFigures>, rule: AssessmentRule): RankedUnit[] {
  const rows = [...units].map(([unitId, figures]) => ({ unitId, figures, rates: ratesOf(figures), score: scoreOf(figures, rule) }));
  rows.sort((a, b) => (b.score.total ?? -Infinity) - (a.score.total ?? -Infinity) || a.unitId.localeCompare(b.unitId));
  let rank = 0;
  let previous: number | null = null;
  return rows.map((row, i) => {
    const total = row.score.total;
    if (total !== null && total !== previous) rank = i + 1;
    previous = total;
    return { ...row, rank: total === null ? null : rank, interview: interviewReasons(row.figures, rule) };
  });
}
