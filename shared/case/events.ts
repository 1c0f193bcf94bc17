import { z } from 'zod';
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
]);
export type CaseEvent = z.infer<typeof CaseEvent>;
export type CaseEventType = CaseEvent['type'];
