import { z } from 'zod';
import { EntityId } from '../../case/fields';
import { CaseFlag } from '../../case/loop-vocabulary';
import { CaseKind, CaseStatus, Urgency } from '../../case/vocabulary';
import { Now } from './sla';
import type { MethodSpec } from './spec';

/** One open case on the dispatch board, with the clock that breaches first. */
export const BoardRow = z.object({
  caseId: z.string(),
  number: z.string(),
  status: CaseStatus,
  kind: CaseKind,
  urgency: Urgency,
  categoryId: z.string(),
  committeeId: z.string(),
  unitId: z.string().nullable(),
  nextClock: z.string().nullable(),
  nextStartedAt: z.string().nullable(),
  nextDeadline: z.string().nullable(),
  nextUnitId: z.string().nullable(),
  /** Group (群体性) and long-standing (历史遗留) marks, shown on the row. */
  flags: z.array(CaseFlag),
});
export type BoardRow = z.infer<typeof BoardRow>;

export const boardMethods = {
  /**
   * Open cases, the one that breaches first on top, filtered; with `limit`, only the first ones
   * (the board shows those at once while the whole list is on its way) and `total` still counts all.
   */
  'board:list': {
    input: z
      .object({
        unitId: EntityId.nullable().default(null),
        committeeId: EntityId.nullable().default(null),
        categoryId: EntityId.nullable().default(null),
        urgency: Urgency.nullable().default(null),
        limit: z.number().int().min(1).max(1000).nullable().default(null),
      })
      .strict(),
    output: Now.extend({ rows: z.array(BoardRow), total: z.number().int() }),
    public: false,
  },
} as const satisfies Record<string, MethodSpec>;
