import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../api/core';
import { createLogger, type Logger } from '../log';
import { staticFiles } from './static-files';
import { attachWebSocketTransport } from './ws-transport';

export interface BrowserServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the API on 127.0.0.1 only: browser mode is for a seat on this machine.
 * No request can end it: a malformed one gets a 4xx, a failing handler a 500 and a log line.
 */
export async function startBrowserServer(
  core: Core,
  options: { port: number; staticDir: string; log?: Logger },
): Promise<BrowserServer> {
  const log = options.log ?? createLogger('silent');
  const serve = staticFiles(options.staticDir);
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000, maxHeaderSize: 16 * 1024 }, (req, res) => {
    serve(req, res).catch((error: unknown) => {
      log.error({ err: error, url: req.url?.slice(0, 200) }, 'static file request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // Unparsable requests (bad request line, headers, methods): answer 400 and drop the socket.
  server.on('clientError', (error, socket) => {
    log.info({ err: error.message }, 'refused a malformed HTTP request');
    if (socket.writable && !socket.destroyed) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  let origin = '';
  const wss = attachWebSocketTransport(core, () => origin, log);
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', (error) => log.info({ err: error.message }, 'upgrade socket error'));
    if (!wss.shouldHandle(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  server.on('error', (error) => log.error({ err: error }, 'HTTP server error'));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
