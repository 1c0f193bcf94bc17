import { z } from 'zod';

/**
 * How units are scored: versioned, so every figure can say which rule made it, and a new rule
 * never rewrites what an old report said. Weights are fractions of the 100-point base.
 */
export const AssessmentRule = z
  .object({
    version: z.number().int().positive(),
    weights: z.object({ response: z.number().min(0), resolution: z.number().min(0), satisfaction: z.number().min(0) }).readonly(),
    bonus: z.object({ group: z.number().min(0), legacy: z.number().min(0) }).readonly(),
    deduction: z.object({ yellow: z.number().min(0), red: z.number().min(0), hasty: z.number().min(0) }).readonly(),
    /** A main case with this many calls (itself and its repeat calls) is a group request (群体性). */
    groupMinCalls: z.number().int().min(2),
    /** A case resolved this many days or more after it was filed is a long-standing one (历史遗留). */
    legacyMinDays: z.number().int().min(1),
    /** A reply this many minutes or fewer after dispatch with no contact recorded is hasty. */
    hastyReplyMinutes: z.number().int().min(1),
    /** Character-bigram Jaccard similarity at or above which a reply copies the unit's earlier ones. */
    hastySimilarity: z.number().min(0).max(1),
    /** A unit is called in (约谈) when any one of these is reached. */
    interview: z
      .object({
        red: z.number().int().min(1),
        hasty: z.number().int().min(1),
        /** Below this 满意率, once at least `minEvaluated` cases were evaluated. */
        satisfactionBelow: z.number().min(0).max(1),
        minEvaluated: z.number().int().min(1),
      })
      .readonly(),
  })
  .readonly()
  .refine((r) => r.weights.response + r.weights.resolution + r.weights.satisfaction > 0, { message: 'weights sum to zero' });
export type AssessmentRule = z.infer<typeof AssessmentRule>;

/** The published county rule's shares: 响应率 30 % · 解决率 35 % · 满意率 35 %. */
export const defaultAssessmentRule: AssessmentRule = {
  version: 1,
  weights: { response: 0.3, resolution: 0.35, satisfaction: 0.35 },
  bonus: { group: 2, legacy: 1 },
  deduction: { yellow: 0.5, red: 2, hasty: 1 },
  groupMinCalls: 5,
  legacyMinDays: 30,
  hastyReplyMinutes: 15,
  hastySimilarity: 0.8,
  interview: { red: 3, hasty: 3, satisfactionBelow: 0.8, minEvaluated: 10 },
};
