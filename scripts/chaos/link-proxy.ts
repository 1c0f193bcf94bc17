import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A seat's network link to the hubs: a TCP proxy on 127.0.0.1 the seat is enrolled with. Each
 * connection goes to the next hub that is up (several hub processes serve the same seats), and
 * `cut` drops every open connection and refuses new ones for a while, as a pulled cable does.
 */
export interface LinkProxy {
  readonly url: string;
  cut(ms: number): void;
  close(): Promise<void>;
}

export async function startLinkProxy(hubPorts: () => readonly number[]): Promise<LinkProxy> {
  const open = new Set<Socket>();
  let cutUntil = 0;
  let turn = 0;
  const server: Server = createServer((inbound) => {
    const ports = hubPorts();
    if (Date.now() < cutUntil || ports.length === 0) return void inbound.destroy();
    const port = ports[turn++ % ports.length] ?? 0;
    const outbound = connect(port, '127.0.0.1');
    for (const s of [inbound, outbound]) {
      open.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        open.delete(s);
        inbound.destroy();
        outbound.destroy();
      });
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    cut(ms) {
      cutUntil = Date.now() + ms;
      for (const s of open) s.destroy();
    },
    close: () =>
      new Promise((done) => {
        for (const s of open) s.destroy();
        server.close(() => done());
      }),
  };
}
