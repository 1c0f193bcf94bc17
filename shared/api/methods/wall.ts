import { z } from 'zod';
import { CaseStatus } from '../../case/vocabulary';
import { Day } from '../../sla/day';
import { CardRow } from './sla';
import type { MethodSpec } from './spec';

/** A case on the wall: the caller is masked unless privacy mode was turned off. */
export const WallCase = z.object({
  caseId: z.string(),
  number: z.string(),
  callerName: z.string(),
  callerPhone: z.string(),
  categoryId: z.string(),
  committeeId: z.string(),
  unitId: z.string().nullable(),
  clock: z.string(),
  deadline: z.string(),
  cardLevel: z.number(),
});
export type WallCase = z.infer<typeof WallCase>;

export const WallData = z.object({
  now: z.string(),
  privacy: z.boolean(),
  todayIntake: z.number(),
  openByStatus: z.array(z.object({ status: CaseStatus, count: z.number() })),
  breachingSoon: z.array(WallCase),
  breachingSoonCount: z.number(),
  overdue: z.array(WallCase),
  overdueCount: z.number(),
  /** The latest of today's cards, as many as the wall lists; their count beside it. */
  cardsToday: z.array(CardRow),
  cardsTodayCount: z.number(),
  /** Units by their on-time reply rate over 30 days, the lowest first. */
  unitRanking: z.array(z.object({ unitId: z.string(), onTime: z.number(), total: z.number() })),
  hotspots: z.array(z.object({ committeeId: z.string(), categoryId: z.string(), count: z.number() })),
  trend: z.array(z.object({ day: Day, intake: z.number(), replied: z.number(), late: z.number() })),
  forecast: z.array(z.object({ unitId: z.string(), count: z.number() })),
});
export type WallData = z.infer<typeof WallData>;

export const wallMethods = {
  /** One refresh of the wall display: the town at a glance. */
  'wall:get': { input: z.object({ privacy: z.boolean().default(true) }).strict(), output: WallData, public: false },
} as const satisfies Record<string, MethodSpec>;
