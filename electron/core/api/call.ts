import { ZodError } from 'zod';
import { contract } from '../../../shared/api/contract';
import type { CallEnvelope } from '../../../shared/api/envelope';
import { ApiError, type ApiResult } from '../../../shared/api/errors';
import { isMethodName, type MethodName } from '../../../shared/api/names';
import { mayCall } from '../../../shared/reference/permissions';
import type { LoginGuard } from '../auth/login';
import type { SessionStore } from '../auth/sessions';
import type { CoreContext } from '../context';
import { translator } from '../i18n/translate';
import type { Logger } from '../log';
import { describeApiError, describeValidation } from './describe-error';
import { handlers, type CallContext } from './handlers';

/**
 * The boundary every call crosses, whatever the transport: known method, live session, role,
 * valid input, then the handler. Every failure returns as data in the caller's language.
 */
export interface CallBoundary {
  readonly core: CoreContext;
  readonly sessions: SessionStore;
  readonly logins: LoginGuard;
  readonly log: Logger;
}

export async function handleCall(
  { core, sessions, logins, log }: CallBoundary,
  envelope: CallEnvelope,
  address: string,
): Promise<ApiResult<unknown>> {
  const t = translator(envelope.lang);
  try {
    const method = envelope.method;
    if (!isMethodName(method)) throw new ApiError('unknown_method', { method: method.slice(0, 64) });
    const spec = contract[method];
    const session = spec.public ? null : sessions.touch(envelope.session);
    if (!spec.public && !session) throw new ApiError('unauthenticated');
    if (session && !mayCall(session.user.role, method)) throw new ApiError('forbidden');
    const input = spec.input.parse(envelope.input ?? {});
    // Everything but filing reads projections: the cases filed just before are written first.
    if (method !== 'cases:create') core.projections.flush();
    const value = await invoke(method, input, { core, sessions, session, logins, address });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: describeApiError(error, t) };
    if (error instanceof ZodError) return { ok: false, error: describeValidation(error, t) };
    log.error({ err: error, method: envelope.method }, 'call failed');
    return { ok: false, error: { code: 'internal', message: t('errors.internal') } };
  }
}

function invoke(method: MethodName, input: unknown, call: CallContext): unknown {
  // The input was parsed by this very method's schema just above.
  const handler = handlers[method] as (input: unknown, call: CallContext) => unknown;
  return handler(input, call);
}
