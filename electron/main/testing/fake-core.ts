import type { Core, PushListener } from '../../core/api/core';
import type { CallEnvelope } from '../../../shared/api/envelope';
import type { ApiResult } from '../../../shared/api/errors';

/** A core that records calls, answers with `reply`, and lets a test push events. */
export function createFakeCore(reply: (envelope: CallEnvelope) => Promise<ApiResult<unknown>> = echo) {
  const calls: CallEnvelope[] = [];
  const listeners = new Set<PushListener>();
  /** The session each subscription scopes its pushes to, as the transport tells it. */
  const sessions: Array<() => string | null> = [];
  const state = { closed: false };
  const core: Core = {
    call: (envelope) => {
      calls.push(envelope);
      return reply(envelope);
    },
    subscribe: (token, listener) => {
      sessions.push(token);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      state.closed = true;
    },
  };
  return {
    core,
    calls,
    state,
    listeners,
    sessions,
    push: (...args: Parameters<PushListener>) => listeners.forEach((listener) => listener(...args)),
  };
}

async function echo(envelope: CallEnvelope): Promise<ApiResult<unknown>> {
  return { ok: true, value: { echoed: envelope.method } };
}
