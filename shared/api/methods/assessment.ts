import { z } from 'zod';
import { figures } from '../../assessment/figures';
import { hastyKinds } from '../../assessment/hasty';
import { Period } from '../../assessment/period';
import { AssessmentRule } from '../../assessment/rule';
import { EntityId, limits } from '../../case/fields';
import { Day } from '../../sla/day';
import { CaseStatus } from '../../case/vocabulary';
import { Satisfaction } from '../../case/loop-vocabulary';
import { Empty, type MethodSpec } from './spec';

export const Figure = z.enum(figures);
const Rate = z.number().nullable();

export const RankedUnitView = z.object({
  unitId: z.string(),
  figures: z.record(Figure, z.number()),
  rates: z.object({ response: Rate, resolution: Rate, satisfaction: Rate }),
  score: z.object({ base: Rate, bonus: z.number(), deduction: z.number(), total: Rate }),
  rank: z.number().nullable(),
  interview: z.array(z.enum(['red', 'hasty', 'satisfaction'])).readonly(),
});
export type RankedUnitView = z.infer<typeof RankedUnitView>;

/** A deduction on a case, with where its appeal stands: what a unit checks and may contest. */
export const DeductionView = z.object({
  id: z.string(),
  kind: z.enum(['yellow', 'red', ...hastyKinds]),
  /** For a copied reply, the earlier case it matches. */
  similarTo: z.string().nullable(),
  appeal: z
    .object({ id: z.string(), reason: z.string(), ruling: z.enum(['upheld', 'overturned']).nullable(), rulingNote: z.string().nullable() })
    .nullable(),
});
export type DeductionView = z.infer<typeof DeductionView>;

export const AssessedCaseView = z.object({
  id: z.string(),
  number: z.string(),
  status: CaseStatus,
  registeredAt: z.string(),
  categoryId: z.string(),
  committeeId: z.string(),
  description: z.string(),
  satisfaction: Satisfaction.nullable(),
  resolved: z.boolean().nullable(),
  deductions: z.array(DeductionView),
});
export type AssessedCaseView = z.infer<typeof AssessedCaseView>;

const PeriodInput = z.object({ period: Period }).strict();
const Note = z.string().trim().max(limits.appealNote);

export const AppealView = z.object({
  id: z.string(),
  deductionId: z.string(),
  caseId: z.string(),
  unitId: z.string(),
  reason: z.string(),
  appealedAt: z.string(),
  appealedBy: z.string(),
  ruling: z.enum(['upheld', 'overturned']).nullable(),
  rulingNote: z.string().nullable(),
  ruledAt: z.string().nullable(),
  ruledBy: z.string().nullable(),
});

/** Assessment (考核): the ranking, the cases behind every figure, appeals of deductions, the rule. */
export const assessmentMethods = {
  'assessment:units': {
    input: PeriodInput,
    output: z.object({ period: Period, asOf: z.string(), ruleVersion: z.number(), units: z.array(RankedUnitView) }),
    public: false,
  },
  'assessment:cases': {
    input: z.object({ period: Period, unitId: EntityId, figure: Figure }).strict(),
    output: z.object({ period: Period, asOf: z.string(), ruleVersion: z.number(), cases: z.array(AssessedCaseView) }),
    public: false,
  },
  'assessment:appeal': {
    input: z.object({ deductionId: z.string().max(limits.deductionId), caseId: EntityId, reason: Note.min(1) }).strict(),
    output: AppealView,
    public: false,
  },
  'assessment:ruleAppeal': {
    input: z.object({ appealId: EntityId, ruling: z.enum(['upheld', 'overturned']), note: Note }).strict(),
    output: AppealView,
    public: false,
  },
  'assessment:appeals': { input: Empty, output: z.object({ appeals: z.array(AppealView) }), public: false },
  'assessment:rule': { input: Empty, output: AssessmentRule, public: false },
  'assessment:spikes': {
    input: z.object({ day: Day }).strict(),
    output: z.object({
      day: Day,
      spikes: z.array(
        z.object({ committeeId: z.string(), categoryId: z.string(), day: Day, count: z.number(), baseline: z.number(), pValue: z.number() }),
      ),
    }),
    public: false,
  },
  'assessment:proactive': {
    input: z.object({ committeeId: EntityId, categoryId: EntityId, day: Day }).strict(),
    output: z.object({ caseId: z.string(), number: z.string(), unitId: z.string().nullable() }),
    public: false,
  },
  'assessment:saveRule': { input: z.object({ rule: AssessmentRule }).strict(), output: AssessmentRule, public: false },
} as const satisfies Record<string, MethodSpec>;
