import { ApiError } from '../../../shared/api/errors';
import type { MethodOutput } from '../../../shared/api/contract';
import { normalisePhone } from '../../../shared/intake/phone';
import { caseLine } from '../cases/case-line';
import type { CoreContext } from '../context';
import { callerCallsSince, callerOpenCases, casesOfCaller } from '../store/case-lookups';

/** How many of the caller's cases the panel lists; the counts cover all of them. */
const shown = 20;
const repeatWindowMs = 30 * 24 * 60 * 60 * 1000;

/** The caller's history by normalised number: what the operator sees before the caller finishes a sentence. */
export function callerHistory(ctx: CoreContext, phone: string): MethodOutput<'intake:callerHistory'> {
  const parsed = normalisePhone(phone);
  if (!parsed.ok) throw new ApiError('invalid_phone', { phone: phone.slice(0, 32) }, 'phone');
  const since = new Date(ctx.now().getTime() - repeatWindowMs).toISOString();
  return {
    e164: parsed.e164,
    display: parsed.display,
    cases: casesOfCaller(ctx.db, parsed.e164, shown).map(caseLine),
    openCount: callerOpenCases(ctx.db, parsed.e164),
    callsLast30Days: callerCallsSince(ctx.db, parsed.e164, since),
  };
}
