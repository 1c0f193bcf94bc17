import { ApiError } from '../../../shared/api/errors';
import type { CaseRecord } from '../../../shared/case/record';
import type { UserProfile } from '../../../shared/reference/types';
import { commitCaseEvents } from '../cases/commit';
import type { CoreContext } from '../context';
import { getCaseRecord } from '../store/cases';
import { unitExists } from '../store/reference';

/**
 * 派单: the first dispatch fixes the first-responsible unit (首派负责制). A case already owned by a
 * unit is not passed on by dispatching again: that goes through a return request.
 */
export function dispatchCase(
  ctx: CoreContext,
  actor: UserProfile,
  input: { caseId: string; unitId: string; note: string },
): CaseRecord {
  const { db } = ctx;
  const record = db.transaction(() => {
    const current = getCaseRecord(db, input.caseId);
    if (!current) throw new ApiError('not_found', { what: input.caseId }, 'caseId');
    if (current.status !== 'registered') {
      throw new ApiError('invalid_transition', { status: current.status, action: 'dispatch' });
    }
    if (!unitExists(db, input.unitId)) {
      throw new ApiError('unknown_reference', { field: 'unitId', value: input.unitId }, 'unitId');
    }
    return commitCaseEvents(db, input.caseId, [
      {
        id: ctx.newId(),
        caseId: input.caseId,
        seatId: ctx.seatId,
        hlc: ctx.hlc.next(),
        actorId: actor.id,
        type: 'case.dispatched',
        payload: { unitId: input.unitId, note: input.note },
      },
    ]);
  }).immediate();
  ctx.publish('cases:changed', { ids: [record.id] });
  return record;
}
