import type { IncomingMessage } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Core } from '../api/core';
import { RateWindow } from '../api/rate-window';
import type { Logger } from '../log';
import { serveConnection } from './ws-connection';
import { closeCodes, wsLimits } from './ws-limits';

export const MAX_MESSAGE_BYTES = wsLimits.maxMessageBytes;

/**
 * Browser mode's transport: the same calls and pushes as Electron IPC, over a WebSocket that
 * accepts only pages served by this very server (a foreign web page cannot drive the core).
 */
export function attachWebSocketTransport(core: Core, allowedOrigin: () => string, log: Logger): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: wsLimits.maxMessageBytes, perMessageDeflate: false });
  const perAddress = new Map<string, number>();
  const limits = { perAddress: new RateWindow(wsLimits.callsPerAddress, wsLimits.rateWindowMs), now: () => Date.now() };
  const newConnections = new RateWindow(wsLimits.newConnectionsPerAddress, wsLimits.rateWindowMs);
  wss.on('error', (error) => log.error({ err: error }, 'WebSocket server error'));
  wss.on('connection', (socket, req: IncomingMessage) => {
    const address = req.socket.remoteAddress ?? 'unknown';
    const open = perAddress.get(address) ?? 0;
    const tooMany = open >= wsLimits.connectionsPerAddress || wss.clients.size > wsLimits.connections;
    if (tooMany || !newConnections.take(address, limits.now())) {
      socket.on('error', () => undefined);
      log.warn({ address, open }, 'refused a connection: too many from this address');
      socket.close(closeCodes.tryAgainLater, 'too many connections');
      return;
    }
    perAddress.set(address, open + 1);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    serveConnection(core, socket, address, limits, log);
  });
  wss.shouldHandle = (req: IncomingMessage) => req.headers.origin === allowedOrigin() && req.url === '/api';
  return wss;
}
