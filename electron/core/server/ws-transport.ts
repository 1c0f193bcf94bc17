import type { IncomingMessage } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { CallEnvelope } from '../../../shared/api/envelope';
import type { Core } from '../api/core';
import { translator } from '../i18n/translate';

/** Larger than any valid call (a 4,000-character case is ~20 KB) yet small enough to refuse floods. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/**
 * Browser mode's transport: the same calls and pushes as Electron IPC, over a WebSocket that
 * accepts only pages served by this very server (a foreign web page cannot drive the core).
 */
export function attachWebSocketTransport(core: Core, allowedOrigin: () => string): WebSocketServer {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
  });
  const unsubscribe = core.onPush((event, payload) => {
    const message = JSON.stringify({ push: event, payload });
    for (const client of wss.clients) if (client.readyState === client.OPEN) client.send(message);
  });
  wss.on('close', unsubscribe);
  wss.on('connection', (socket: WebSocket) => {
    socket.on('message', (data, isBinary) => {
      void answer(core, socket, isBinary ? '' : data.toString());
    });
  });
  wss.shouldHandle = (req: IncomingMessage) => req.headers.origin === allowedOrigin() && req.url === '/api';
  return wss;
}

async function answer(core: Core, socket: WebSocket, text: string): Promise<void> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = null;
  }
  const parsed = CallEnvelope.safeParse(raw);
  if (!parsed.success) {
    const t = translator('zh-CN');
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'number' ? raw.id : null;
    const detail = t('validation.invalid_type', { field: t('fields.input') });
    socket.send(JSON.stringify({ id, result: { ok: false, error: { code: 'invalid_input', message: t('errors.invalid_input', { detail }) } } }));
    return;
  }
  const result = await core.call(parsed.data);
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ id: parsed.data.id, result }));
}
