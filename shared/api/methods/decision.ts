import { z } from 'zod';
import { BucketSize } from '../../assessment/heat';
import { Period } from '../../assessment/period';
import { EntityId } from '../../case/fields';
import { CaseStatus } from '../../case/vocabulary';
import { Day } from '../../sla/day';
import { CaseLine } from './case-line';
import type { MethodSpec } from './spec';

const Rate = z.number().nullable();
const Bucket = z.object({ from: Day, to: Day });

/** A call as the decision-support lists show it: the caller's number masked, as on the wall. */
export const CallView = z.object({
  caseId: z.string(),
  number: z.string(),
  phone: z.string().nullable(),
  committeeId: z.string(),
  categoryId: z.string(),
  registeredAt: z.string(),
  status: CaseStatus,
  responsibleUnitId: z.string().nullable(),
});
export type CallView = z.infer<typeof CallView>;

/** Decision support (智慧线): hotspots, trends, repeat callers and group requests, each opening to its cases. */
export const decisionMethods = {
  'assessment:heat': {
    input: z.object({ period: Period, size: BucketSize }).strict(),
    output: z.object({
      period: Period,
      size: BucketSize,
      buckets: z.array(Bucket).readonly(),
      rows: z.array(z.object({ committeeId: z.string(), categoryId: z.string(), counts: z.array(z.number()).readonly(), total: z.number() })).readonly(),
      max: z.number(),
    }),
    public: false,
  },
  'assessment:cellCases': {
    input: z.object({ committeeId: EntityId, categoryId: EntityId, from: Day, to: Day }).strict(),
    output: z.object({ cases: z.array(CaseLine) }),
    public: false,
  },
  'assessment:trends': {
    input: z.object({ period: Period, size: BucketSize }).strict(),
    output: z.object({
      period: Period,
      size: BucketSize,
      ruleVersion: z.number(),
      points: z.array(Bucket.extend({ cases: z.number(), response: Rate, resolution: Rate, satisfaction: Rate })),
    }),
    public: false,
  },
  'assessment:repeatCallers': {
    input: z.object({ period: Period, windowDays: z.number().int().min(1).max(90) }).strict(),
    output: z.object({ period: Period, windowDays: z.number(), callers: z.array(z.object({ phone: z.string(), categoryId: z.string(), calls: z.array(CallView) })) }),
    public: false,
  },
  'assessment:groupRequests': {
    input: z.object({ day: Day }).strict(),
    output: z.object({
      day: Day,
      windowHours: z.number(),
      minCallers: z.number(),
      suggestions: z.array(
        z.object({ committeeId: z.string(), categoryId: z.string(), callers: z.number(), mainCaseId: z.string(), calls: z.array(CallView).readonly() }),
      ),
    }),
    public: false,
  },
  'assessment:mergeGroup': {
    input: z.object({ mainCaseId: EntityId, caseIds: z.array(EntityId).min(1).max(200) }).strict(),
    output: z.object({ mainCaseId: z.string(), mainNumber: z.string(), merged: z.number() }),
    public: false,
  },
} as const satisfies Record<string, MethodSpec>;
