import { ApiError } from '../../../shared/api/errors';
import type { NewCase } from '../../../shared/api/methods/cases';
import { formatCaseNumber, shanghaiDay } from '../../../shared/case/case-number';
import type { CaseEvent } from '../../../shared/case/events';
import type { CaseRecord } from '../../../shared/case/record';
import type { UserProfile } from '../../../shared/reference/types';
import { commitCaseEvents } from '../cases/commit';
import type { CoreContext } from '../context';
import { committeeExists, isLeafCategory, unitExists } from '../store/reference';
import { nextCaseSequence } from '../store/sequences';

/**
 * 受理: files a case and, when the operator chose a unit, its first dispatch — both events in
 * one transaction, so a case is never half-filed.
 */
export function registerCase(ctx: CoreContext, actor: UserProfile, input: NewCase): CaseRecord {
  const { db } = ctx;
  if (!isLeafCategory(db, input.categoryId)) {
    throw new ApiError('unknown_reference', { field: 'categoryId', value: input.categoryId }, 'categoryId');
  }
  if (!committeeExists(db, input.committeeId)) {
    throw new ApiError('unknown_reference', { field: 'committeeId', value: input.committeeId }, 'committeeId');
  }
  if (input.dispatchToUnitId !== null && !unitExists(db, input.dispatchToUnitId)) {
    throw new ApiError('unknown_reference', { field: 'dispatchToUnitId', value: input.dispatchToUnitId }, 'dispatchToUnitId');
  }
  const filedAt = ctx.now();
  const caseId = ctx.newId();
  const envelope = { caseId, seatId: ctx.seatId, actorId: actor.id };
  const record = db.transaction(() => {
    const sequence = nextCaseSequence(db, ctx.seatId, shanghaiDay(filedAt));
    const events: CaseEvent[] = [
      {
        ...envelope,
        id: ctx.newId(),
        hlc: ctx.hlc.next(),
        type: 'case.registered',
        payload: {
          number: formatCaseNumber(ctx.seatId, shanghaiDay(filedAt), sequence),
          kind: input.kind,
          urgency: input.urgency,
          categoryId: input.categoryId,
          committeeId: input.committeeId,
          caller: input.caller,
          address: input.address,
          description: input.description,
          registeredAt: filedAt.toISOString(),
          filedOffline: false,
        },
      },
    ];
    if (input.dispatchToUnitId !== null) {
      events.push({
        ...envelope,
        id: ctx.newId(),
        hlc: ctx.hlc.next(),
        type: 'case.dispatched',
        payload: { unitId: input.dispatchToUnitId, note: '' },
      });
    }
    return commitCaseEvents(db, caseId, events);
  }).immediate();
  ctx.publish('cases:changed', { ids: [record.id] });
  return record;
}
