import type { WebSocket } from 'ws';
import { CallEnvelope, type Language } from '../../../shared/api/envelope';
import type { ApiResult, ErrorCode } from '../../../shared/api/errors';
import type { Core } from '../api/core';
import type { RateWindow } from '../api/rate-window';
import { createSessionTracker } from '../api/session-tracker';
import { translator } from '../i18n/translate';
import type { Logger } from '../log';
import { closeCodes, wsLimits } from './ws-limits';

export interface ConnectionLimits {
  readonly perAddress: RateWindow;
  readonly now: () => number;
}

/**
 * One browser-mode connection: answers its calls within its limits, sends it the pushes its
 * session may see, and closes it (never the server) when it misbehaves.
 */
export function serveConnection(core: Core, socket: WebSocket, address: string, limits: ConnectionLimits, log: Logger): void {
  const session = createSessionTracker();
  let inFlight = 0;
  let windowStart = limits.now();
  let callsInWindow = 0;
  let lastHeard = limits.now();
  const opened = limits.now();

  const send = (message: unknown): void => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > wsLimits.maxBufferedBytes) {
      log.warn({ address, buffered: socket.bufferedAmount }, 'closed a connection that does not read its answers');
      // terminate, not close: a peer that does not read would not read the close frame either.
      socket.terminate();
      return;
    }
    socket.send(JSON.stringify(message));
  };

  const refuse = (id: number | null, code: ErrorCode, lang: Language, params: Record<string, string | number> = {}) => {
    const t = translator(lang);
    send({ id, result: { ok: false, error: { code, message: t(`errors.${code}`, params) } } });
  };

  const unsubscribe = core.subscribe(session.token, (event, payload) => send({ push: event, payload }));

  const heartbeat = setInterval(() => {
    const now = limits.now();
    if (now - lastHeard > 2 * wsLimits.heartbeatMs) {
      log.info({ address }, 'closed a connection that stopped answering pings');
      socket.terminate();
    } else if (session.token() === null && now - opened > wsLimits.unauthenticatedMs) {
      socket.close(closeCodes.policyViolation, 'login timeout');
    } else {
      socket.ping();
    }
  }, wsLimits.heartbeatMs);
  heartbeat.unref();

  socket.on('pong', () => {
    lastHeard = limits.now();
  });
  // A bad frame (too large, invalid UTF-8, a protocol error): ws closes this socket with the
  // matching code (1009, 1007, 1002); without this listener the error would end the process.
  socket.on('error', (error) => log.warn({ address, err: error.message }, 'closed a connection after a bad frame'));
  socket.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });

  socket.on('message', (data, isBinary) => {
    // Frames already received after we decided to close are not answered.
    if (socket.readyState !== socket.OPEN) return;
    const now = limits.now();
    lastHeard = now;
    if (now - windowStart >= wsLimits.rateWindowMs) {
      windowStart = now;
      callsInWindow = 0;
    }
    callsInWindow += 1;
    if (callsInWindow > wsLimits.closeAfterOverLimit * wsLimits.callsPerConnection) {
      log.warn({ address }, 'closed a connection flooding the core with calls');
      socket.close(closeCodes.policyViolation, 'too many calls');
      return;
    }
    const { envelope, id } = isBinary ? { envelope: null, id: null } : parseEnvelope(String(data));
    if (!envelope) {
      const t = translator('zh-CN');
      const detail = t('validation.invalid_type', { field: t('fields.input') });
      send({ id, result: { ok: false, error: { code: 'invalid_input', message: t('errors.invalid_input', { detail }) } } });
      return;
    }
    const overLimit = callsInWindow > wsLimits.callsPerConnection || !withinAddressShare(now);
    if (overLimit || inFlight >= wsLimits.maxInFlight) {
      const waitMs = windowStart + wsLimits.rateWindowMs - now;
      refuse(envelope.id, 'rate_limited', envelope.lang, { seconds: Math.max(1, Math.ceil(waitMs / 1000)) });
      // Backpressure: what a flooder sends next waits in its own socket, not in our event loop.
      if (overLimit) pauseFor(waitMs);
      return;
    }
    inFlight += 1;
    void answer(envelope).finally(() => {
      inFlight -= 1;
    });
  });

  function pauseFor(ms: number): void {
    if (socket.isPaused) return;
    socket.pause();
    setTimeout(() => {
      if (socket.readyState === socket.OPEN) socket.resume();
    }, Math.max(1, ms)).unref();
  }

  /**
   * An address past its budget still gets a quiet, established connection's burst through: a seat
   * sharing its address with a flooder (every seat on this machine is 127.0.0.1) is not starved
   * by it, and a flooder cannot win fresh bursts by reconnecting.
   */
  function withinAddressShare(now: number): boolean {
    if (limits.perAddress.take(address, now)) return true;
    return now - opened >= wsLimits.rateWindowMs && callsInWindow <= wsLimits.burstPastAddressBudget;
  }

  async function answer(envelope: CallEnvelope): Promise<void> {
    let result: ApiResult<unknown>;
    try {
      result = await core.call(envelope, { address });
    } catch (error) {
      // The core turns its own errors into results; reaching here is a bug: log it, keep serving.
      log.error({ err: error, method: envelope.method }, 'call threw past the boundary');
      refuse(envelope.id, 'internal', envelope.lang);
      return;
    }
    session.observe(envelope, result);
    send({ id: envelope.id, result });
  }
}

/**
 * The envelope of a text frame, or null when it is not JSON or not an envelope; then still the
 * call's id when it has a usable one, so the caller's pending call is answered, not left hanging.
 */
function parseEnvelope(text: string): { envelope: CallEnvelope | null; id: number | null } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { envelope: null, id: null };
  }
  const parsed = CallEnvelope.safeParse(raw);
  if (parsed.success) return { envelope: parsed.data, id: parsed.data.id };
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? CallEnvelope.shape.id.safeParse(raw.id) : null;
  return { envelope: null, id: id?.success ? id.data : null };
}
