import { cardDeductionId, contributions, type Figure, type FigureContext } from '../../../shared/assessment/figures';
import { hastyDeductionId, hastyFlags, standingHastyCases, type HastyFlag } from '../../../shared/assessment/hasty';
import { periodBounds, type Period } from '../../../shared/assessment/period';
import type { AssessmentRule } from '../../../shared/assessment/rule';
import { rankUnits, type RankedUnit } from '../../../shared/assessment/score';
import type { AssessedCaseView, DeductionView } from '../../../shared/api/methods/assessment';
import { unitFiguresInStore } from '../store/assessment';
import { casesWithClocks, loopSteps, repliedCases, type CaseWithClocks } from '../store/assessment-cases';
import { currentAssessmentRule, listAppeals, overturnedDeductions, type AppealRow } from '../store/assessment-ledger';
import type { DB } from '../store/db';

interface Judged {
  readonly rule: AssessmentRule;
  readonly flags: readonly HastyFlag[];
  readonly ctx: FigureContext;
}

/** The rule in force, the hasty flags of the period and the deductions overturned: what every figure is judged by. */
function judge(db: DB, period: Period, asOf: string): Judged {
  const rule = currentAssessmentRule(db);
  const bounds = periodBounds(period);
  const flags = hastyFlags(repliedCases(db, bounds), loopSteps(db, bounds), rule);
  const waived = overturnedDeductions(db);
  return { rule, flags, ctx: { asOf, rule, hastyCaseIds: standingHastyCases(flags, waived), waived } };
}

/** Every unit's figures, score and rank for a period; `onlyUnit` narrows it to what one unit may see of itself. */
export function assessUnits(db: DB, period: Period, asOf: string, onlyUnit: string | null): { ruleVersion: number; units: RankedUnit[] } {
  const { rule, ctx } = judge(db, period, asOf);
  const figures = unitFiguresInStore(
    db,
    { ...periodBounds(period), asOf, hastyCaseIds: [...ctx.hastyCaseIds], waived: [...ctx.waived] },
    rule,
  );
  const units = rankUnits(figures, rule);
  return { ruleVersion: rule.version, units: onlyUnit === null ? units : units.filter((u) => u.unitId === onlyUnit) };
}

function deductionsOf(c: CaseWithClocks, unitId: string, flags: readonly HastyFlag[], appeals: ReadonlyMap<string, AppealRow>): DeductionView[] {
  const appealOf = (id: string): DeductionView['appeal'] => {
    const a = appeals.get(id);
    return a ? { id: a.id, reason: a.reason, ruling: a.ruling, rulingNote: a.rulingNote } : null;
  };
  const cards = c.cards
    .filter((k) => k.unitId === unitId)
    .map((k) => ({ id: cardDeductionId(c.id, k), kind: k.card, similarTo: null }));
  const hasty = flags
    .filter((f) => f.caseId === c.id && f.unitId === unitId)
    .map((f) => ({ id: hastyDeductionId(f), kind: f.kind, similarTo: f.similarTo }));
  return [...cards, ...hasty].map((d) => ({ ...d, appeal: appealOf(d.id) }));
}

/** The exact cases behind one unit's figure, each with its deductions and where their appeals stand. */
export function casesBehind(db: DB, period: Period, asOf: string, unitId: string, figure: Figure): { ruleVersion: number; cases: AssessedCaseView[] } {
  const { rule, flags, ctx } = judge(db, period, asOf);
  // The latest appeal of each deduction is the one that shows (the list is newest first).
  const appeals = new Map<string, AppealRow>();
  for (const a of listAppeals(db)) if (!appeals.has(a.deductionId)) appeals.set(a.deductionId, a);
  const cases = casesWithClocks(db, periodBounds(period))
    .filter((c) => contributions(c, ctx).some((x) => x.unitId === unitId && x.figure === figure))
    .map((c) => ({
      id: c.id,
      number: c.number,
      status: c.status,
      registeredAt: c.registeredAt,
      categoryId: c.categoryId,
      committeeId: c.committeeId,
      description: c.description,
      satisfaction: c.evaluation?.satisfaction ?? null,
      resolved: c.evaluation?.resolved ?? null,
      deductions: deductionsOf(c, unitId, flags, appeals),
    }));
  return { ruleVersion: rule.version, cases };
}
