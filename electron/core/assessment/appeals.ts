import { ApiError } from '../../../shared/api/errors';
import type { Session } from '../auth/sessions';
import type { CoreContext } from '../context';
import { performProposedAction } from '../loop/perform-action';
import { getAppeal, type AppealRow } from '../store/assessment-ledger';

function appealOrThrow(core: CoreContext, id: string): AppealRow {
  const appeal = getAppeal(core.db, id);
  if (!appeal) throw new ApiError('not_found', { what: id }, 'appealId');
  return appeal;
}

/**
 * A unit appeals a deduction on one of its cases, with a reason. The appeal is an event of the
 * case (so it reaches the hub and the centre's desk like any action); the state machine decides
 * who may file it and that the deduction is the case's own.
 */
export function fileAppeal(core: CoreContext, session: Session, input: { deductionId: string; caseId: string; reason: string }): AppealRow {
  const { event } = performProposedAction(core, session.user, input.caseId, {
    type: 'case.appealed',
    payload: { deductionId: input.deductionId, reason: input.reason },
  });
  // The appeal is known by the event that filed it.
  return appealOrThrow(core, event.id);
}

/** A supervisor rules once; an overturned deduction stops counting, an upheld one stays. */
export function ruleOnAppeal(core: CoreContext, session: Session, input: { appealId: string; ruling: 'upheld' | 'overturned'; note: string }): AppealRow {
  const appeal = appealOrThrow(core, input.appealId);
  performProposedAction(core, session.user, appeal.caseId, {
    type: 'case.appeal_ruled',
    payload: { appealId: input.appealId, ruling: input.ruling, note: input.note },
  });
  return appealOrThrow(core, input.appealId);
}
