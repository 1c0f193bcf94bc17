import { z } from 'zod';
import { emergencyServices } from '../intake/emergency';
import { Caller } from './fields';
import {
  CardColour,
  CaseFlag,
  ClosureCode,
  CloseReason,
  ContactMethod,
  DissatisfactionCause,
  FailedCallback,
  ReturnReason,
  Satisfaction,
} from './loop-vocabulary';
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
    /** A supervisor has ruled on this conflict (absent in records folded before rulings existed). */
    ruled: z.boolean().optional(),
  })
  .readonly();
export type DispatchRecord = z.infer<typeof DispatchRecord>;

/** One stretch of time a unit held the case: the responsibility ledger SLA time is charged by. */
export const CustodyStretch = z.object({ unitId: z.string(), from: z.string(), to: z.string().nullable() }).readonly();
export type CustodyStretch = z.infer<typeof CustodyStretch>;

/** A request waiting for the supervisor: at most one at a time. */
export const PendingRequest = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('return'), reason: ReturnReason, note: z.string() }),
    z.object({ type: z.literal('extension'), workingDays: z.number(), reason: z.string() }),
    z.object({ type: z.literal('special_closure'), closureCode: ClosureCode, justification: z.string() }),
  ])
  .and(z.object({ unitId: z.string(), requestedAt: z.string(), by: z.string(), eventId: z.string() }))
  .readonly();
export type PendingRequest = z.infer<typeof PendingRequest>;

export const RulingRecord = z
  .object({
    type: z.enum(['return', 'extension', 'special_closure']),
    unitId: z.string(),
    approved: z.boolean(),
    note: z.string(),
    requestedAt: z.string(),
    ruledAt: z.string(),
    by: z.string(),
    /** Returns: the reason, and where an approved return went; extensions: the days. */
    reason: ReturnReason.nullable(),
    redispatchToUnitId: z.string().nullable(),
    workingDays: z.number().nullable(),
  })
  .readonly();
export type RulingRecord = z.infer<typeof RulingRecord>;

export const WhistleRecord = z
  .object({ unitId: z.string(), question: z.string(), at: z.string(), by: z.string(), reportedAt: z.string().nullable() })
  .readonly();
export type WhistleRecord = z.infer<typeof WhistleRecord>;

export const ReplyRecord = z
  .object({
    unitId: z.string(),
    result: z.string(),
    answer: z.string(),
    closureCode: ClosureCode,
    justification: z.string(),
    at: z.string(),
    by: z.string(),
  })
  .readonly();
export type ReplyRecord = z.infer<typeof ReplyRecord>;

/** The projection of a case: what every replica derives from the same events. */
/** An appeal as the case keeps it: its id is the appeal event's; the ruling, once made, stays. */
export const CaseAppealRecord = z
  .object({
    id: z.string(),
    deductionId: z.string(),
    unitId: z.string(),
    reason: z.string(),
    at: z.string(),
    by: z.string(),
    ruling: z
      .object({ ruling: z.enum(['upheld', 'overturned']), note: z.string(), at: z.string(), by: z.string() })
      .readonly()
      .nullable(),
  })
  .readonly();
export type CaseAppealRecord = z.infer<typeof CaseAppealRecord>;

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
    /** Not by phone: the registration's channel (`open311:<client id>`); absent for a call taken at a seat. */
    channel: z.string().optional(),
    /** 首派负责制: set by the earliest dispatch (by HLC); changes only by an approved return. */
    responsibleUnitId: z.string().nullable(),
    dispatches: z.array(DispatchRecord).readonly(),
    custody: z.array(CustodyStretch).readonly(),
    /** When the current holder's clocks started: the first dispatch, or the re-dispatch after a return. */
    clockStartedAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    contact: z.object({ at: z.string(), method: ContactMethod, summary: z.string() }).readonly().nullable(),
    reply: ReplyRecord.nullable(),
    /** The status a pending request returns the case to when it is ruled. */
    resumeStatus: CaseStatus.nullable(),
    pending: PendingRequest.nullable(),
    rulings: z.array(RulingRecord).readonly(),
    extensionDaysGranted: z.number(),
    coHandlerUnitIds: z.array(z.string()).readonly(),
    whistles: z.array(WhistleRecord).readonly(),
    callbackFailures: z.array(z.object({ outcome: FailedCallback, at: z.string(), note: z.string() }).readonly()).readonly(),
    evaluation: z
      .object({
        resolved: z.boolean(),
        satisfaction: Satisfaction,
        cause: DissatisfactionCause.nullable(),
        note: z.string(),
        at: z.string(),
      })
      .readonly()
      .nullable(),
    reopenCount: z.number(),
    reopenedAt: z.string().nullable(),
    cards: z.array(z.object({ card: CardColour, clock: z.string(), at: z.string() }).readonly()).readonly(),
    /** 群体性 / 历史遗留 as the desk marked them (case.flagged), in the order they were set. */
    flags: z.array(CaseFlag).readonly(),
    mergedIntoCaseId: z.string().nullable(),
    closedAt: z.string().nullable(),
    closeReason: CloseReason.nullable(),
    needsSupervisor: z.boolean(),
    /** The answer given at intake (status `answered`). */
    answer: z.object({ knowledgeId: z.string().nullable(), text: z.string(), at: z.string(), by: z.string() }).readonly().optional(),
    /** An emergency handed over at intake (status `transferred`): to which service, by whom, when. */
    transfer: z
      .object({ service: z.enum(emergencyServices), matched: z.array(z.string()).readonly(), at: z.string(), by: z.string() })
      .readonly()
      .optional(),
    /** A repeat call filed as a linked child (status `merged`): the main case it belongs to. */
    mainCase: z.object({ id: z.string(), number: z.string() }).readonly().optional(),
    /** Repeat calls filed as children of this case, oldest first. */
    repeatCalls: z.array(z.object({ caseId: z.string(), number: z.string(), at: z.string() }).readonly()).readonly().optional(),
    /** Appeals of deductions on the case (申诉), oldest first; absent on a case never appealed. */
    appeals: z.array(CaseAppealRecord).readonly().optional(),
    updatedAt: z.string(),
    lastHlc: z.string(),
    eventCount: z.number(),
  })
  .readonly();
export type CaseRecord = z.infer<typeof CaseRecord>;
