import { describe, expect, it } from 'vitest';
import { EnrollResponse, HubError, MAX_PUSH_BYTES, MAX_PUSH_EVENTS } from '../../shared/sync/wire';
import { createEnrollmentCode } from '../enroll/enroll';
import { DEMO_TOWN_ID } from '../town/seed-demo-town';
import { bearer, CaseScript, enrollTestSeat, pushBody, testHub } from '../testing/hub-fixture';
import { useHubDatabase } from '../testing/use-hub-database';

const ctx = useHubDatabase();

const errorCode = (res: { json(): unknown }) => HubError.parse(res.json()).error.code;
const pull = (headers: Record<string, string>) => ctx.hub.inject({ method: 'GET', url: '/v1/sync/pull?after=0&limit=1', headers });

describe('enrollment and credentials', () => {
  it('trades a one-time code for a credential that works; the code then works no more', async () => {
    const { code } = await createEnrollmentCode(ctx.pool, { townId: DEMO_TOWN_ID, scope: { scope: 'unit', unitId: 'unit.cmt.lvdi' }, admin: false });
    const res = await ctx.hub.inject({ method: 'POST', url: '/v1/seats/enroll', payload: { code: code.toLowerCase(), label: '绿地居委 desk' } });
    expect(res.statusCode).toBe(200);
    const seat = EnrollResponse.parse(res.json());
    expect(seat).toMatchObject({ seatCode: 'GH01', townId: DEMO_TOWN_ID, scope: { scope: 'unit', unitId: 'unit.cmt.lvdi' }, admin: false });
    expect((await pull(bearer(seat))).statusCode).toBe(200);
    const again = await ctx.hub.inject({ method: 'POST', url: '/v1/seats/enroll', payload: { code, label: 'thief' } });
    expect([again.statusCode, errorCode(again)]).toEqual([403, 'invalid_code']);
    const stored = await ctx.pool.query<{ hash: Buffer }>('SELECT credential_hash AS hash FROM seats');
    expect(stored.rows[0]?.hash.toString('base64url')).not.toContain(seat.credential);
  });

  it('keeps the seat code a seat asks for, refuses one held or the Open311 one, and assigns around it', async () => {
    const enroll = async (seatCode?: string) => {
      const { code } = await createEnrollmentCode(ctx.pool, { townId: DEMO_TOWN_ID, scope: { scope: 'town' }, admin: false });
      return ctx.hub.inject({ method: 'POST', url: '/v1/seats/enroll', payload: { code, label: 'desk', seatCode } });
    };
    expect(EnrollResponse.parse((await enroll('GH02')).json()).seatCode).toBe('GH02');
    for (const held of ['GH02', 'GHAPI']) {
      const refused = await enroll(held);
      expect([refused.statusCode, errorCode(refused)]).toEqual([409, 'seat_code_taken']);
    }
    const assigned = await Promise.all([enroll(), enroll()]);
    expect(assigned.map((r) => EnrollResponse.parse(r.json()).seatCode).sort()).toEqual(['GH01', 'GH03']);
  });

  it('refuses an expired code, and a code for a unit the town does not have', async () => {
    const { code } = await createEnrollmentCode(ctx.pool, { townId: DEMO_TOWN_ID, scope: { scope: 'town' }, admin: false }, Date.now() - 25 * 3_600_000);
    const res = await ctx.hub.inject({ method: 'POST', url: '/v1/seats/enroll', payload: { code, label: 'late' } });
    expect(errorCode(res)).toBe('invalid_code');
    await expect(createEnrollmentCode(ctx.pool, { townId: DEMO_TOWN_ID, scope: { scope: 'unit', unitId: 'unit.nowhere' }, admin: false })).rejects.toThrow(/No unit/);
  });

  it('answers 401 without a credential, with a wrong one, and at once after the seat is revoked', async () => {
    const admin = await enrollTestSeat(ctx.pool, { scope: 'town' }, true);
    const seat = await enrollTestSeat(ctx.pool);
    expect(errorCode(await pull({}))).toBe('unauthenticated');
    expect(errorCode(await pull({ authorization: `Bearer ${'x'.repeat(43)}` }))).toBe('unauthenticated');
    expect((await pull(bearer(seat))).statusCode).toBe(200);
    const byPlain = await ctx.hub.inject({ method: 'POST', url: `/v1/admin/seats/${admin.seatCode}/revoke`, headers: bearer(seat) });
    expect(errorCode(byPlain)).toBe('forbidden');
    const revoke = await ctx.hub.inject({ method: 'POST', url: `/v1/admin/seats/${seat.seatCode}/revoke`, headers: bearer(admin) });
    expect(revoke.json()).toEqual({ revoked: true });
    const after = await pull(bearer(seat));
    expect([after.statusCode, errorCode(after)]).toEqual([401, 'unauthenticated']);
  });

  it('lets an admin seat make codes over the API', async () => {
    const admin = await enrollTestSeat(ctx.pool, { scope: 'town' }, true);
    const res = await ctx.hub.inject({ method: 'POST', url: '/v1/admin/enrollment-codes', headers: bearer(admin), payload: { scope: { scope: 'unit', unitId: 'unit.zhucan' } } });
    const enrolled = await ctx.hub.inject({ method: 'POST', url: '/v1/seats/enroll', payload: { code: res.json().code, label: '助餐' } });
    expect(EnrollResponse.parse(enrolled.json()).scope).toEqual({ scope: 'unit', unitId: 'unit.zhucan' });
  });
});

describe('hostile input', () => {
  it('refuses a body over the limit before parsing it, and malformed requests, each with a code', async () => {
    const seat = await enrollTestSeat(ctx.pool);
    const send = (payload: string, contentType = 'application/json') =>
      ctx.hub.inject({ method: 'POST', url: '/v1/sync/push', headers: { ...bearer(seat), 'content-type': contentType }, payload });
    const huge = await send(JSON.stringify(pushBody([{ pad: 'x'.repeat(MAX_PUSH_BYTES) }])));
    expect([huge.statusCode, errorCode(huge)]).toEqual([413, 'payload_too_large']);
    expect(errorCode(await send('{"protocol": 1, "events": ['))).toBe('bad_request');
    expect(errorCode(await send('{"__proto__": {"x": 1}}'))).toBe('bad_request');
    expect(errorCode(await send('a=b', 'application/x-www-form-urlencoded'))).toBe('bad_request');
    expect(errorCode(await send(JSON.stringify({ ...pushBody([]), protocol: 2 })))).toBe('protocol_unsupported');
    const tooMany = Array.from({ length: MAX_PUSH_EVENTS + 1 }, () => new CaseScript(seat.seatCode).registered());
    expect(errorCode(await send(JSON.stringify(pushBody(tooMany))))).toBe('bad_request');
    expect(errorCode(await ctx.hub.inject({ method: 'GET', url: '/v1/nothing' }))).toBe('not_found');
    expect((await ctx.pool.query('SELECT count(*)::int AS n FROM events')).rows).toEqual([{ n: 0 }]);
  });

  it('rate-limits a flood per credential, and enrollment attempts per address', async () => {
    const limited = await testHub(ctx.pool, 20);
    const seat = await enrollTestSeat(ctx.pool);
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) codes.push((await limited.inject({ method: 'GET', url: '/v1/sync/pull?after=0', headers: bearer(seat) })).statusCode);
    expect(codes.filter((c) => c === 429).length).toBe(5);
    const guesses: string[] = [];
    for (let i = 0; i < 4; i++) guesses.push(errorCode(await limited.inject({ method: 'POST', url: '/v1/seats/enroll', payload: { code: `GUESS-${i}-XXXX`, label: 'x' } })));
    expect(guesses).toEqual(['invalid_code', 'invalid_code', 'rate_limited', 'rate_limited']);
    // Made-up credentials each have a bucket of their own, so failures count per address too.
    const forged: string[] = [];
    for (let i = 0; i < 4; i++) forged.push(errorCode(await limited.inject({ method: 'GET', url: '/v1/sync/pull', headers: { authorization: `Bearer ${String(i).repeat(43)}` } })));
    expect(forged).toEqual(['unauthenticated', 'unauthenticated', 'rate_limited', 'rate_limited']);
  });

  it('reports health, and its failure when the database is gone', async () => {
    const ok = await ctx.hub.inject({ method: 'GET', url: '/v1/health' });
    expect(ok.json()).toMatchObject({ ok: true, version: 'test' });
    await ctx.pool.end();
    const down = await ctx.hub.inject({ method: 'GET', url: '/v1/health' });
    expect([down.statusCode, down.json().ok]).toEqual([503, false]);
  });
});
