import type { FastifyInstance } from 'fastify';
import { buildHub } from '../../hub/server/app';
import type { Pool } from '../../hub/store/db';

/** The real hub on 127.0.0.1, stopped and started again on the same port, as an outage looks to a seat. */
export interface RealHub {
  readonly url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** `nowMs`: the hub's clock, set off from the seats' to play a seat whose clock is wrong. */
export async function startRealHub(pool: Pool, nowMs?: () => number): Promise<RealHub> {
  let app: FastifyInstance | null = null;
  let port = 0;
  const start = async () => {
    if (app) return;
    const next = await buildHub({ pool, version: 'test', rateLimitPerMinute: 100_000, open311PostsPerMinute: 10_000, nowMs });
    await next.listen({ host: '127.0.0.1', port });
    const address = next.server.address();
    port = typeof address === 'object' && address ? address.port : port;
    app = next;
  };
  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    start,
    async stop() {
      const current = app;
      app = null;
      await current?.close();
    },
  };
}
