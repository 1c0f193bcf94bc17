import { z } from 'zod';
import type { DuplicateReason } from '../intake/duplicates';
import { isHlc } from '../sync/hlc';
import { Caller, EntityId, limits } from './fields';
import { CaseKind, Urgency } from './vocabulary';

/** ULIDs: 26 Crockford base-32 characters. */
export const Ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'not a ULID');
export const HlcText = z.string().refine(isHlc, 'not an HLC timestamp');
export const IsoTime = z.iso.datetime();

export const CaseRegistered = z.object({
  number: z.string().min(1).max(40),
  kind: CaseKind,
  urgency: Urgency,
  categoryId: EntityId,
  committeeId: EntityId,
  caller: Caller,
  address: z.string().max(limits.address),
  description: z.string().min(1).max(limits.description),
  /** True filing time, also when filed offline. */
  registeredAt: IsoTime,
  filedOffline: z.boolean(),
});
export type CaseRegistered = z.infer<typeof CaseRegistered>;

export const CaseDispatched = z.object({
  unitId: EntityId,
  note: z.string().max(limits.note),
});
export type CaseDispatched = z.infer<typeof CaseDispatched>;

/** 咨询 answered at intake from the knowledge base: the answer given is kept, and the case ends as `answered`. */
export const CaseAnswered = z.object({
  knowledgeId: EntityId.nullable(),
  answer: z.string().min(1).max(limits.note),
});
export type CaseAnswered = z.infer<typeof CaseAnswered>;

const duplicateReasons = ['same_phone', 'similar_text'] as const satisfies readonly DuplicateReason[];

/** 重复件: this call repeats an open case; it keeps its own caller and text and points at the main case. */
export const CaseLinked = z.object({
  mainCaseId: Ulid,
  mainNumber: z.string().min(1).max(40),
  reasons: z.array(z.enum(duplicateReasons)).max(duplicateReasons.length),
});
export type CaseLinked = z.infer<typeof CaseLinked>;

/** The main case's side of a link: one more call about it, so nobody loses count of repeat callers. */
export const CaseRepeatCall = z.object({
  childCaseId: Ulid,
  childNumber: z.string().min(1).max(40),
});
export type CaseRepeatCall = z.infer<typeof CaseRepeatCall>;

const envelope = {
  id: Ulid,
  caseId: Ulid,
  seatId: z.string().regex(/^[A-Z0-9]{2,8}$/, 'not a seat code'),
  hlc: HlcText,
  actorId: EntityId,
};

/** Every change to a case is one of these; validated whenever an event crosses a boundary. */
export const CaseEvent = z.discriminatedUnion('type', [
  z.object({ ...envelope, type: z.literal('case.registered'), payload: CaseRegistered }),
  z.object({ ...envelope, type: z.literal('case.dispatched'), payload: CaseDispatched }),
  z.object({ ...envelope, type: z.literal('case.answered'), payload: CaseAnswered }),
  z.object({ ...envelope, type: z.literal('case.linked'), payload: CaseLinked }),
  z.object({ ...envelope, type: z.literal('case.repeat_call'), payload: CaseRepeatCall }),
]);
export type CaseEvent = z.infer<typeof CaseEvent>;
export type CaseEventType = CaseEvent['type'];
