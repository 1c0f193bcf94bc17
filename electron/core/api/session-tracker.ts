import type { CallEnvelope } from '../../../shared/api/envelope';
import type { ApiResult } from '../../../shared/api/errors';

/**
 * The session a connection is using, learnt from its own calls: the token a login returned, or
 * the token of its last call that the core accepted; logout or an expired token forgets it.
 * A transport scopes its pushes to this (Core.subscribe), so a connection that never logged in
 * receives nothing.
 */
export function createSessionTracker() {
  let token: string | null = null;
  return {
    token: () => token,
    observe(envelope: Pick<CallEnvelope, 'method' | 'session'>, result: ApiResult<unknown>): void {
      if (result.ok) {
        if (envelope.method === 'auth:logout') token = null;
        else if (envelope.method === 'auth:login') token = tokenOf(result.value) ?? token;
        else if (envelope.session) token = envelope.session;
      } else if (result.error.code === 'unauthenticated' && envelope.session === token) {
        token = null;
      }
    },
  };
}
export type SessionTracker = ReturnType<typeof createSessionTracker>;

function tokenOf(value: unknown): string | null {
  return typeof value === 'object' && value !== null && 'token' in value && typeof value.token === 'string' ? value.token : null;
}
