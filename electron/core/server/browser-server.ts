import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../api/core';
import { staticFiles } from './static-files';
import { attachWebSocketTransport } from './ws-transport';

export interface BrowserServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the renderer and the API on 127.0.0.1 only: browser mode is for a seat on this machine. */
export async function startBrowserServer(core: Core, options: { port: number; staticDir: string }): Promise<BrowserServer> {
  const serve = staticFiles(options.staticDir);
  const server = createServer((req, res) => void serve(req, res));
  let origin = '';
  const wss = attachWebSocketTransport(core, () => origin);
  server.on('upgrade', (req, socket, head) => {
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
