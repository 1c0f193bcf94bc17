import { ApiError } from '../../../shared/api/errors';
import { checkCaseAction } from '../../../shared/case/actions';
import type { CaseRecord } from '../../../shared/case/record';
import type { UserProfile } from '../../../shared/reference/types';
import { commitCaseEvents } from '../cases/commit';
import { caseInView } from '../cases/visible-cases';
import type { CoreContext } from '../context';
import { checkCoreRules } from '../loop/core-rules';
import { writeTransaction } from '../store/db';

/**
 * 派单: the first dispatch fixes the first-responsible unit (首派负责制). It takes the path of
 * every other action: the state machine's rule (a case already owned by a unit is passed on
 * through a return request, not by dispatching again), then the core's (the unit exists).
 */
export function dispatchCase(
  ctx: CoreContext,
  actor: UserProfile,
  input: { caseId: string; unitId: string; note: string },
): CaseRecord {
  const record = writeTransaction(ctx.db, (db) => {
    const current = caseInView(db, actor, input.caseId);
    const event = {
      id: ctx.newId(),
      caseId: current.id,
      seatId: ctx.seatId,
      hlc: ctx.hlc.next(),
      actorId: actor.id,
      type: 'case.dispatched',
      payload: { unitId: input.unitId, note: input.note },
    } as const;
    const refusal = checkCaseAction(current, event, actor);
    if (refusal) throw new ApiError(refusal.code, refusal.params);
    checkCoreRules(db, current, event, ctx.now());
    return commitCaseEvents(db, current.id, [event]);
  }).immediate();
  ctx.publish('cases:changed', { ids: [record.id] });
  return record;
}
