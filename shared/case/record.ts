import { z } from 'zod';
import { Caller } from './fields';
import { CaseKind, CaseStatus, Urgency } from './vocabulary';

export const DispatchRecord = z
  .object({
    eventId: z.string(),
    unitId: z.string(),
    at: z.string(),
    by: z.string(),
    note: z.string(),
    /** A later dispatch to another unit while one already owns the case: kept, flagged for the supervisor. */
    conflicting: z.boolean(),
  })
  .readonly();
export type DispatchRecord = z.infer<typeof DispatchRecord>;

/** The projection of a case: what every replica derives from the same events. */
export const CaseRecord = z
  .object({
    id: z.string(),
    number: z.string(),
    seatId: z.string(),
    status: CaseStatus,
    kind: CaseKind,
    urgency: Urgency,
    categoryId: z.string(),
    committeeId: z.string(),
    caller: Caller.readonly(),
    address: z.string(),
    description: z.string(),
    registeredAt: z.string(),
    registeredBy: z.string(),
    filedOffline: z.boolean(),
    /** 首派负责制: set by the earliest dispatch (by HLC) and never silently changed. */
    responsibleUnitId: z.string().nullable(),
    dispatches: z.array(DispatchRecord).readonly(),
    needsSupervisor: z.boolean(),
    /** The answer given at intake (status `answered`). */
    answer: z.object({ knowledgeId: z.string().nullable(), text: z.string(), at: z.string(), by: z.string() }).readonly().optional(),
    /** A repeat call filed as a linked child (status `merged`): the main case it belongs to. */
    mainCase: z.object({ id: z.string(), number: z.string() }).readonly().optional(),
    /** Repeat calls filed as children of this case, oldest first. */
    repeatCalls: z.array(z.object({ caseId: z.string(), number: z.string(), at: z.string() }).readonly()).readonly().optional(),
    updatedAt: z.string(),
    lastHlc: z.string(),
    eventCount: z.number(),
  })
  .readonly();
export type CaseRecord = z.infer<typeof CaseRecord>;
