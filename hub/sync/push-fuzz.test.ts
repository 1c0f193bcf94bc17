import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushResponse, type EnrollResponse } from '../../shared/sync/wire';
import type { Pool } from '../store/db';
import { bearer, CaseScript, enrollTestSeat, pushBody, startHubCluster, testHub, type HubTestCluster } from '../testing/hub-fixture';

let cluster: HubTestCluster;
let pool: Pool;
let hub: FastifyInstance;
let seat: EnrollResponse;
beforeAll(async () => {
  cluster = await startHubCluster();
  ({ pool } = await cluster.database());
  hub = await testHub(pool);
  seat = await enrollTestSeat(pool);
}, 60_000);
afterAll(() => cluster.stop());

const fields = ['id', 'caseId', 'seatId', 'hlc', 'actorId', 'type', 'payload'] as const;

/** A valid event, or one with a field replaced by anything at all, or not an event at all. */
const item = fc.oneof(
  fc.constant(null).map(() => new CaseScript(seat.seatCode).registered() as unknown),
  fc.tuple(fc.constantFrom(...fields), fc.anything()).map(([field, value]) => ({ ...new CaseScript(seat.seatCode).registered(), [field]: value }) as unknown),
  fc.tuple(fc.constantFrom('description', 'address', 'number'), fc.string({ unit: 'binary', maxLength: 40 })).map(([field, text]) => {
    const e = new CaseScript(seat.seatCode).registered();
    return { ...e, payload: { ...e.payload, [field]: text } } as unknown;
  }),
  fc.anything(),
);

describe('push under malformed batches', () => {
  it('answers every item, stores exactly the acknowledged new events, and never fails the request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 30 }), async (events) => {
        const before = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]?.n ?? 0;
        const res = await hub.inject({ method: 'POST', url: '/v1/sync/push', headers: bearer(seat), payload: pushBody(events) });
        expect(res.statusCode).toBe(200);
        const answer = PushResponse.parse(res.json());
        expect(answer.acknowledged.length + answer.rejected.length).toBe(events.length);
        const after = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]?.n ?? 0;
        expect(after - before).toBe(answer.acknowledged.length);
      }),
      { seed: 12, numRuns: 60 },
    );
  }, 120_000);

  it('refuses any body that is not a push as a coded client error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const res = await hub.inject({ method: 'POST', url: '/v1/sync/push', headers: { ...bearer(seat), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
        expect([400, 409]).toContain(res.statusCode);
        expect(res.json().error.code).toMatch(/^(bad_request|protocol_unsupported)$/);
      }),
      { seed: 12, numRuns: 200 },
    );
  }, 120_000);
});
