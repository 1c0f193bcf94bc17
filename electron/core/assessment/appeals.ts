import { ApiError } from '../../../shared/api/errors';
import type { Session } from '../auth/sessions';
import type { CoreContext } from '../context';
import { getAppeal, insertAppeal, openAppealOf, ruleAppeal, type AppealRow } from '../store/assessment-ledger';
import { getCaseRecord } from '../store/cases';

function appealOrThrow(core: CoreContext, id: string): AppealRow {
  const appeal = getAppeal(core.db, id);
  if (!appeal) throw new ApiError('not_found', { what: id }, 'appealId');
  return appeal;
}

/**
 * A unit appeals a deduction on one of its cases, with a reason. The deduction's id names the
 * case (`card:<case>:…`, `hasty:<case>:…`), so an appeal cannot reach another unit's case.
 */
export function fileAppeal(core: CoreContext, session: Session, input: { deductionId: string; caseId: string; reason: string }): AppealRow {
  const unitId = session.user.unitId;
  const record = getCaseRecord(core.db, input.caseId);
  const named = input.deductionId.startsWith(`card:${input.caseId}:`) || input.deductionId.startsWith(`hasty:${input.caseId}:`);
  if (!record || unitId === null || !named || record.responsibleUnitId !== unitId) {
    throw new ApiError('not_found', { what: input.deductionId }, 'deductionId');
  }
  if (openAppealOf(core.db, input.deductionId) !== null) throw new ApiError('invalid_transition', {}, 'deductionId');
  const id = core.newId();
  insertAppeal(core.db, {
    id,
    deductionId: input.deductionId,
    caseId: input.caseId,
    unitId,
    reason: input.reason,
    appealedAt: core.now().toISOString(),
    appealedBy: session.user.id,
  });
  return appealOrThrow(core, id);
}

/** A supervisor rules once; an overturned deduction stops counting, an upheld one stays. */
export function ruleOnAppeal(core: CoreContext, session: Session, input: { appealId: string; ruling: 'upheld' | 'overturned'; note: string }): AppealRow {
  const done = ruleAppeal(core.db, { id: input.appealId, ruling: input.ruling, note: input.note, at: core.now().toISOString(), by: session.user.id });
  const appeal = appealOrThrow(core, input.appealId);
  if (!done) throw new ApiError('invalid_transition', {}, 'appealId');
  return appeal;
}
