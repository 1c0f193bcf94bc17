import { z } from 'zod';
import type { DuplicateReason } from '../intake/duplicates';
import { emergencyServices } from '../intake/emergency';
import { isHlc } from '../sync/hlc';
import { Caller, EntityId, limits, text } from './fields';
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
import { CaseKind, Urgency } from './vocabulary';

/** ULIDs: 26 Crockford base-32 characters. */
export const Ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'not a ULID');
export const HlcText = z.string().refine(isHlc, 'not an HLC timestamp');
export const IsoTime = z.iso.datetime();
const Note = text(limits.note, { trim: false });
const Text = text(limits.description, { min: 1, trim: false });
const CaseNumber = text(limits.caseNumber, { min: 1, trim: false });

export const CaseRegistered = z.object({
  number: CaseNumber,
  kind: CaseKind,
  urgency: Urgency,
  /** '' only on an emergency transfer filed before the operator chose them. */
  categoryId: EntityId.or(z.literal('')),
  committeeId: EntityId.or(z.literal('')),
  caller: Caller,
  address: text(limits.address, { trim: false }),
  description: Text,
  /** True filing time, also when filed offline. */
  registeredAt: IsoTime,
  filedOffline: z.boolean(),
  /**
   * Where the request came in when not by phone at a seat: `open311:<client id>` for a reporting
   * app. Optional, so every event written before it existed stays valid and means a phone call.
   */
  channel: z.string().regex(/^[a-z0-9]{1,16}:[a-z0-9-]{1,32}$/).optional(),
});
export type CaseRegistered = z.infer<typeof CaseRegistered>;

export const CaseDispatched = z.object({ unitId: EntityId, note: Note });
export type CaseDispatched = z.infer<typeof CaseDispatched>;

/** Payloads of the closed loop (接诉 → 办理 → 督办 → 反馈 → 评价), one per event type. */
export const loopPayloads = {
  'case.accepted': z.object({ unitId: EntityId }),
  'case.contacted': z.object({ contactedAt: IsoTime, method: ContactMethod, summary: Text }),
  'case.noted': z.object({ unitId: EntityId.nullable(), note: Text }),
  'case.replied': z.object({
    result: Text,
    answer: Text,
    closureCode: ClosureCode,
    /** Required for the special closure codes: the burden of proof is on the unit. */
    justification: Note,
  }),
  'case.special_closure_ruled': z.object({ approved: z.boolean(), note: Note }),
  /** The supervisor settles a dispatch conflict from two seats: which dispatched unit owns the case. */
  'case.conflict_ruled': z.object({ keepUnitId: EntityId, note: Note }),
  'case.return_requested': z.object({ reason: ReturnReason, note: Text }),
  'case.return_ruled': z.object({ approved: z.boolean(), note: Note, redispatchToUnitId: EntityId.nullable() }),
  'case.extension_requested': z.object({ workingDays: z.number().int().min(1).max(10), reason: Text }),
  'case.extension_ruled': z.object({ approved: z.boolean(), note: Note }),
  'case.whistled': z.object({ unitIds: z.array(EntityId).min(1).max(20), question: Text }),
  'case.reported': z.object({ unitId: EntityId, note: Note }),
  'case.callback_failed': z.object({ outcome: FailedCallback, note: Note }),
  'case.evaluated': z.object({
    resolved: z.boolean(),
    satisfaction: Satisfaction,
    cause: DissatisfactionCause.nullable(),
    note: Note,
  }),
  'case.reopened': z.object({ reason: Note }),
  'case.closed': z.object({ reason: CloseReason, note: Note }),
  'case.merged': z.object({ intoCaseId: Ulid }),
  'case.supervised': z.object({ card: CardColour, clock: text(limits.id, { trim: false }), note: Note }),
  /** A mark set (on) or taken off by the desk; the last word on each flag counts. */
  'case.flagged': z.object({ flag: CaseFlag, on: z.boolean(), note: Note }),
} as const;

export type LoopEventType = keyof typeof loopPayloads;
export type LoopPayload<T extends LoopEventType> = z.infer<(typeof loopPayloads)[T]>;
/** 咨询 answered at intake from the knowledge base: the answer given is kept, and the case ends as `answered`. */
export const CaseAnswered = z.object({
  knowledgeId: EntityId.nullable(),
  answer: text(limits.note, { min: 1, trim: false }),
});
export type CaseAnswered = z.infer<typeof CaseAnswered>;

/** Words of the description that raised the emergency prompt, as the detector found them. */
const Matched = z.array(z.string().min(1).max(40)).max(20);

/** 紧急转接: an emergency handed to 110/119/120. The case ends as `transferred`; who and when are the event's. */
export const CaseTransferred = z.object({ service: z.enum(emergencyServices), matched: Matched });
export type CaseTransferred = z.infer<typeof CaseTransferred>;

/** The operator judged the emergency prompt a false alarm and filed the call as usual: kept for review. */
export const EmergencyDismissed = z.object({ service: z.enum(emergencyServices), matched: Matched });
export type EmergencyDismissed = z.infer<typeof EmergencyDismissed>;

/** 申诉: the case's responsible unit contests a deduction on it (a card, a hasty closure), with its reason. */
export const CaseAppealed = z.object({ deductionId: text(limits.deductionId, { min: 1, trim: false }), reason: text(limits.appealNote, { min: 1, trim: false }) });
export type CaseAppealed = z.infer<typeof CaseAppealed>;

/** A supervisor's ruling on an appeal (the appeal event's id); the first by HLC stands. */
export const CaseAppealRuled = z.object({ appealId: Ulid, ruling: z.enum(['upheld', 'overturned']), note: text(limits.appealNote, { trim: false }) });
export type CaseAppealRuled = z.infer<typeof CaseAppealRuled>;

const duplicateReasons = ['same_phone', 'similar_text'] as const satisfies readonly DuplicateReason[];

/** 重复件: this call repeats an open case; it keeps its own caller and text and points at the main case. */
export const CaseLinked = z.object({
  mainCaseId: Ulid,
  mainNumber: CaseNumber,
  reasons: z.array(z.enum(duplicateReasons)).max(duplicateReasons.length),
});
export type CaseLinked = z.infer<typeof CaseLinked>;

/** The main case's side of a link: one more call about it, so nobody loses count of repeat callers. */
export const CaseRepeatCall = z.object({
  childCaseId: Ulid,
  childNumber: CaseNumber,
});
export type CaseRepeatCall = z.infer<typeof CaseRepeatCall>;

const envelope = {
  id: Ulid,
  caseId: Ulid,
  seatId: z.string().regex(/^[A-Z0-9]{2,8}$/, 'not a seat code'),
  hlc: HlcText,
  actorId: EntityId,
};

const loopEvent = <T extends LoopEventType>(type: T) =>
  z.object({ ...envelope, type: z.literal(type), payload: loopPayloads[type] });

/** Every change to a case is one of these; validated whenever an event crosses a boundary. */
export const CaseEvent = z.discriminatedUnion('type', [
  z.object({ ...envelope, type: z.literal('case.registered'), payload: CaseRegistered }),
  z.object({ ...envelope, type: z.literal('case.dispatched'), payload: CaseDispatched }),
  loopEvent('case.accepted'),
  loopEvent('case.contacted'),
  loopEvent('case.noted'),
  loopEvent('case.replied'),
  loopEvent('case.special_closure_ruled'),
  loopEvent('case.conflict_ruled'),
  loopEvent('case.return_requested'),
  loopEvent('case.return_ruled'),
  loopEvent('case.extension_requested'),
  loopEvent('case.extension_ruled'),
  loopEvent('case.whistled'),
  loopEvent('case.reported'),
  loopEvent('case.callback_failed'),
  loopEvent('case.evaluated'),
  loopEvent('case.reopened'),
  loopEvent('case.closed'),
  loopEvent('case.merged'),
  loopEvent('case.supervised'),
  loopEvent('case.flagged'),
  z.object({ ...envelope, type: z.literal('case.answered'), payload: CaseAnswered }),
  z.object({ ...envelope, type: z.literal('case.linked'), payload: CaseLinked }),
  z.object({ ...envelope, type: z.literal('case.repeat_call'), payload: CaseRepeatCall }),
  z.object({ ...envelope, type: z.literal('case.transferred'), payload: CaseTransferred }),
  z.object({ ...envelope, type: z.literal('case.emergency_dismissed'), payload: EmergencyDismissed }),
  z.object({ ...envelope, type: z.literal('case.appealed'), payload: CaseAppealed }),
  z.object({ ...envelope, type: z.literal('case.appeal_ruled'), payload: CaseAppealRuled }),
]);
export type CaseEvent = z.infer<typeof CaseEvent>;
export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
