import type { FastifyInstance } from 'fastify';
import { buildHub } from '../server/app';
import type { Pool } from '../store/db';

/** A hub listening on 127.0.0.1, spoken to with plain fetch as a reporting app would. */
export interface Open311TestHub {
  readonly base: string;
  get(path: string): Promise<{ status: number; type: string; text: string; json: unknown }>;
  post(path: string, form: Record<string, string | readonly string[]>, contentType?: string): Promise<{ status: number; type: string; text: string; json: unknown }>;
  close(): Promise<void>;
}

async function answer(res: Response) {
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, text, json: type.startsWith('application/json') ? (JSON.parse(text) as unknown) : null };
}

export function formBody(form: Record<string, string | readonly string[]>): string {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const one of typeof v === 'string' ? [v] : v) body.append(k, one);
  return body.toString();
}

export async function startOpen311Hub(pool: Pool, open311PostsPerMinute = 10_000): Promise<Open311TestHub> {
  const app: FastifyInstance = await buildHub({ pool, version: 'test', rateLimitPerMinute: 100_000, open311PostsPerMinute });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/open311/v2`;
  const signal = () => AbortSignal.timeout(20_000);
  return {
    base,
    get: async (path) => answer(await fetch(`${base}/${path}`, { signal: signal() })),
    post: async (path, form, contentType = 'application/x-www-form-urlencoded') =>
      answer(await fetch(`${base}/${path}`, { method: 'POST', headers: { 'content-type': contentType }, body: formBody(form), signal: signal() })),
    close: () => app.close(),
  };
}
