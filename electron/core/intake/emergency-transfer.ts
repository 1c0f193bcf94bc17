import type { ParsedInput } from '../../../shared/api/contract';
import type { CaseRecord } from '../../../shared/case/record';
import { detectEmergency } from '../../../shared/intake/emergency';
import type { UserProfile } from '../../../shared/reference/types';
import type { CoreContext } from '../context';
import { registerCase } from './register-case';

/**
 * Emergencies are not the hotline's (DESIGN.md §5), but the call is: the operator transfers the
 * caller to 119/110/120 and the call is filed as a case of its own, status `transferred`, raised
 * to 特急, with the service and the words that raised the banner — its events sync, and it is
 * found and counted like any case. The operator's choice of service stands even where the rules
 * matched nothing: a false alarm costs one key, a missed one costs far more.
 */
export function recordEmergencyTransfer(ctx: CoreContext, actor: UserProfile, input: ParsedInput<'intake:emergencyTransfer'>): CaseRecord {
  const matched = [...(detectEmergency(input.case.description)?.matched ?? [])];
  return registerCase(ctx, actor, { ...input.case, urgency: 'urgent', dispatchToUnitId: null }, ({ envelope }) => ({
    own: [{ ...envelope, id: ctx.newId(), hlc: ctx.hlc.next(), type: 'case.transferred', payload: { service: input.service, matched } }],
    others: [],
  }));
}
