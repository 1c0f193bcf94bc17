import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { detectEmergency } from '../../../shared/intake/emergency';
import type { UserProfile } from '../../../shared/reference/types';
import type { CoreContext } from '../context';
import { insertEmergencyTransfer } from '../store/emergency-transfers';
import { callerPhoneKey } from './caller-phone';

/**
 * Emergencies are not the hotline's (DESIGN.md §5): the operator transfers the caller to
 * 119/110/120 and this records that it was done — who, when, from which seat, to whom, and
 * the words that raised the banner. The operator's choice of service stands even where the
 * rules matched nothing: a false alarm costs one key, a missed one costs far more.
 */
export function recordEmergencyTransfer(
  ctx: CoreContext,
  actor: UserProfile,
  input: ParsedInput<'intake:emergencyTransfer'>,
): MethodOutput<'intake:emergencyTransfer'> {
  const phone = callerPhoneKey(input.phone);
  const matched = [...(detectEmergency(input.description)?.matched ?? [])];
  const id = ctx.newId();
  insertEmergencyTransfer(ctx.db, {
    id,
    seatId: ctx.seatId,
    hlc: ctx.hlc.next(),
    actorId: actor.id,
    service: input.service,
    callerPhone: phone === '' ? null : phone,
    description: input.description,
    matched,
  });
  return { id, service: input.service, matched };
}
