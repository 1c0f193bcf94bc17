import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubClient, SyncError } from './hub-client';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const retryAfter = new URL(req.url ?? '/', 'http://x').searchParams.get('after');
    if (retryAfter !== null) res.setHeader('retry-after', retryAfter);
    res.writeHead(503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'busy', message: 'The hub is busy' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function refusal(after: string | null): Promise<SyncError> {
  const client = createHubClient(after === null ? base : `${base}/?after=${after}#`, 'credential');
  const error: unknown = await client.health().catch((e: unknown) => e);
  if (!(error instanceof SyncError)) throw new Error('expected a SyncError');
  return error;
}

describe('the hub client', () => {
  it("keeps a busy hub's code and its Retry-After, so the scheduler waits as asked", async () => {
    const busy = await refusal('3');
    expect([busy.code, busy.hubCode, busy.retryAfterMs]).toEqual(['hub_refused', 'busy', 3000]);
  });

  it('ignores a missing or unreadable Retry-After and caps a huge one at ten minutes', async () => {
    expect((await refusal(null)).retryAfterMs).toBeNull();
    expect((await refusal('soon')).retryAfterMs).toBeNull();
    expect((await refusal('86400')).retryAfterMs).toBe(600_000);
  });
});
