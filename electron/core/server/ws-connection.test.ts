import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../api/core';
import { RateWindow } from '../api/rate-window';
import { createLogger } from '../log';
import { serveConnection } from './ws-connection';
import { wsLimits } from './ws-limits';

/** The parts of a ws socket a connection uses, recording what the server did to it. */
class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: unknown[] = [];
  ended: 'open' | 'terminated' | number = 'open';
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  isPaused = false;
  ping() {}
  pause() {
    this.isPaused = true;
  }
  resume() {
    this.isPaused = false;
  }
  terminate() {
    this.ended = 'terminated';
    this.readyState = 3;
  }
  close(code: number) {
    this.ended = code;
    this.readyState = 2;
  }
}

const core: Core = {
  call: async (envelope) => ({ ok: true, value: envelope.method === 'auth:login' ? { token: 't' } : {} }),
  subscribe: () => () => undefined,
  close: () => undefined,
};

function connect(): FakeSocket {
  const socket = new FakeSocket();
  // The fake has every member serveConnection touches; ws's full type is far larger.
  serveConnection(core, socket as unknown as WebSocket, '127.0.0.1', { perAddress: new RateWindow(1000, 1000), now: () => Date.now() }, createLogger('silent'));
  return socket;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('one browser-mode connection', () => {
  it('is closed (1008) when it never logs in', () => {
    const socket = connect();
    // A live peer answers every ping; only the missing login ends it.
    for (let t = 0; t < wsLimits.unauthenticatedMs; t += wsLimits.heartbeatMs) {
      vi.advanceTimersByTime(wsLimits.heartbeatMs);
      socket.emit('pong');
      if (t + wsLimits.heartbeatMs < wsLimits.unauthenticatedMs) expect(socket.ended).toBe('open');
    }
    vi.advanceTimersByTime(wsLimits.heartbeatMs);
    expect(socket.ended).toBe(1008);
  });

  it('is terminated when its peer stops answering pings', async () => {
    const socket = connect();
    socket.emit('message', Buffer.from(JSON.stringify({ id: 1, method: 'auth:login', input: {}, session: null, lang: 'en' })), false);
    await vi.advanceTimersByTimeAsync(0);
    vi.advanceTimersByTime(3 * wsLimits.heartbeatMs);
    expect(socket.ended).toBe('terminated');
  });

  it('is terminated, not written to, once its send buffer is full', async () => {
    const socket = connect();
    socket.bufferedAmount = wsLimits.maxBufferedBytes + 1;
    socket.emit('message', Buffer.from(JSON.stringify({ id: 1, method: 'auth:session', input: {}, session: null, lang: 'en' })), false);
    await vi.advanceTimersByTimeAsync(0);
    expect(socket.sent).toEqual([]);
    expect(socket.ended).toBe('terminated');
  });

  it('refuses calls past the in-flight limit at once', async () => {
    let release: () => void = () => undefined;
    const slow: Core = { ...core, call: () => new Promise((resolve) => (release = () => resolve({ ok: true, value: {} }))) };
    const socket = new FakeSocket();
    serveConnection(slow, socket as unknown as WebSocket, '127.0.0.1', { perAddress: new RateWindow(1000, 1000), now: () => Date.now() }, createLogger('silent'));
    for (let id = 0; id <= wsLimits.maxInFlight; id++) {
      socket.emit('message', Buffer.from(JSON.stringify({ id, method: 'auth:session', input: {}, session: null, lang: 'en' })), false);
    }
    expect(socket.sent).toEqual([{ id: wsLimits.maxInFlight, result: { ok: false, error: { code: 'rate_limited', message: expect.any(String) } } }]);
    release();
  });
});
