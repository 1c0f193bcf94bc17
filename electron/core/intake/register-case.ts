import { ApiError } from '../../../shared/api/errors';
import type { NewCase } from '../../../shared/api/methods/cases';
import { formatCaseNumber, shanghaiDay } from '../../../shared/case/case-number';
import { checkCaseAction } from '../../../shared/case/actions';
import type { CaseEvent } from '../../../shared/case/events';
import { foldCase } from '../../../shared/case/fold';
import type { CaseRecord } from '../../../shared/case/record';
import type { UserProfile } from '../../../shared/reference/types';
import { commitCaseEvents, fileNewCaseEvents } from '../cases/commit';
import type { CoreContext } from '../context';
import { writeTransaction, type WritableDB } from '../store/db';
import { committeeExists, isLeafCategory, unitExists } from '../store/reference';
import { nextCaseSequence } from '../store/sequences';
import { callerPhoneKey } from './caller-phone';

/** Fields every event of a case filed at this seat by this actor carries, less id and clock. */
export interface EventEnvelope {
  readonly caseId: string;
  readonly seatId: string;
  readonly actorId: string;
}

/** What a filing step may add in the same transaction: more events on the new case, and on other cases. */
export interface FollowUp {
  readonly own: readonly CaseEvent[];
  readonly others: readonly { readonly caseId: string; readonly events: readonly CaseEvent[] }[];
}

/**
 * What filing needs: a new case as the form sends it. Category and committee are null only for
 * an emergency transfer filed before they were chosen (intake:emergencyTransfer).
 */
export interface Registration extends Omit<NewCase, 'categoryId' | 'committeeId' | 'dismissedEmergency'> {
  readonly categoryId: string | null;
  readonly committeeId: string | null;
  readonly dismissedEmergency?: NewCase['dismissedEmergency'];
}

export type FollowUpBuilder = (filed: { readonly envelope: EventEnvelope; readonly number: string }) => FollowUp;

/**
 * 受理: files a case and, when the operator chose a unit, its first dispatch — both events in
 * one transaction, so a case is never half-filed; its projection follows just after
 * (projector.ts). `followUp` adds what the intake outcome needs (an answer, a link to the main
 * case) to that same transaction. The caller's number is stored as E.164, the key of the caller
 * history.
 */
export function registerCase(ctx: CoreContext, actor: UserProfile, input: Registration, followUp?: FollowUpBuilder): CaseRecord {
  const { record, touched } = writeTransaction(ctx.db, (tx) => {
    const { envelope, number, events } = checkedRegistration(ctx, tx, actor, input);
    const more = followUp?.({ envelope, number });
    const filed = fileNewCaseEvents(tx, envelope.caseId, [...events, ...(more?.own ?? [])]);
    for (const other of more?.others ?? []) commitCaseEvents(tx, other.caseId, other.events);
    return { record: filed, touched: [filed.id, ...(more?.others ?? []).map((o) => o.caseId)] };
  }).immediate();
  ctx.projections.schedule();
  ctx.publish('cases:changed', { ids: touched });
  return record;
}

/**
 * A new case's events — registration, the dispatch chosen at intake, a dismissed emergency
 * prompt — with its number drawn, once its references exist and the dispatch rule allows it; a
 * refusal throws. Nothing but the number's sequence is written: `registerCase` files them, and a
 * town's history played in bulk (play-demo-history.ts) holds them in memory until its story ends.
 */
export function checkedRegistration(
  ctx: CoreContext,
  tx: WritableDB,
  actor: UserProfile,
  input: Registration,
): { readonly envelope: EventEnvelope; readonly number: string; readonly events: CaseEvent[] } {
  const phone = callerPhoneKey(input.caller.phone);
  if (input.categoryId !== null && !isLeafCategory(tx, input.categoryId)) {
    throw new ApiError('unknown_reference', { field: 'categoryId', value: input.categoryId }, 'categoryId');
  }
  if (input.committeeId !== null && !committeeExists(tx, input.committeeId)) {
    throw new ApiError('unknown_reference', { field: 'committeeId', value: input.committeeId }, 'committeeId');
  }
  if (input.dispatchToUnitId !== null && !unitExists(tx, input.dispatchToUnitId)) {
    throw new ApiError('unknown_reference', { field: 'dispatchToUnitId', value: input.dispatchToUnitId }, 'dispatchToUnitId');
  }
  const filedAt = ctx.now();
  const caseId = ctx.newId();
  const envelope: EventEnvelope = { caseId, seatId: ctx.seatId, actorId: actor.id };
  const sequence = nextCaseSequence(tx, ctx.seatId, shanghaiDay(filedAt));
  const number = formatCaseNumber(ctx.seatId, shanghaiDay(filedAt), sequence);
  const events: CaseEvent[] = [
    {
      ...envelope,
      id: ctx.newId(),
      hlc: ctx.hlc.next(),
      type: 'case.registered',
      payload: {
        number,
        kind: input.kind,
        urgency: input.urgency,
        categoryId: input.categoryId ?? '',
        committeeId: input.committeeId ?? '',
        caller: { ...input.caller, phone },
        address: input.address,
        description: input.description,
        registeredAt: filedAt.toISOString(),
        // Filed while the hub was unreachable: it reaches the others later, with this true filing time.
        filedOffline: ctx.sync.offline(),
      },
    },
  ];
  if (input.dispatchToUnitId !== null) {
    const dispatch = {
      ...envelope,
      id: ctx.newId(),
      hlc: ctx.hlc.next(),
      type: 'case.dispatched',
      payload: { unitId: input.dispatchToUnitId, note: '' },
    } as const;
    // The dispatch at intake is judged by the same rule table as any later one.
    const registered = foldCase(events);
    const refusal = registered && checkCaseAction(registered, dispatch, actor);
    if (refusal) throw new ApiError(refusal.code, refusal.params, 'dispatchToUnitId');
    events.push(dispatch);
  }
  if (input.dismissedEmergency) {
    events.push({ ...envelope, id: ctx.newId(), hlc: ctx.hlc.next(), type: 'case.emergency_dismissed', payload: input.dismissedEmergency });
  }
  return { envelope, number, events };
}
