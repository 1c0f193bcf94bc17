import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/sync/hlc';
import { MAX_FUTURE_MS, PushResponse, referenceKey } from '../../shared/sync/wire';
import { foldCase } from '../../shared/case/fold';
import { automaticSupervisionActorId } from '../../shared/reference/actors';
import { manualCardClock } from '../../shared/sla/supervision';
import { hashSecret } from '../auth/tokens';
import { townCaseRecords } from '../store/cases';
import { seatByCredential } from '../store/seats';
import { bearer, CaseScript, enrollTestSeat, pushBody } from '../testing/hub-fixture';
import { useHubDatabase } from '../testing/use-hub-database';
import { DEMO_TOWN_ID } from '../town/seed-demo-town';
import { BUSY_RETRY_AFTER_S, ingestPush } from './push';
import { buildHub } from '../server/app';
import { lockSpace } from '../store/locks';

const ctx = useHubDatabase();

async function push(seat: { credential: string }, events: unknown[], reference: unknown[] = [], sentAt = new Date()) {
  const res = await ctx.hub.inject({ method: 'POST', url: '/v1/sync/push', headers: bearer(seat), payload: pushBody(events, reference, sentAt) });
  expect(res.statusCode).toBe(200);
  return PushResponse.parse(res.json());
}

const count = async (sql: string, values: unknown[] = []) => Number((await ctx.pool.query<{ n: string }>(sql, values)).rows[0]?.n);

describe('push', () => {
  it('stores each event once, however often it is pushed', async () => {
    const seat = await enrollTestSeat(ctx.pool);
    const c = new CaseScript(seat.seatCode);
    const events = [c.registered(), c.dispatched('unit.zhucan')];
    const first = await push(seat, events);
    const again = await push(seat, [...events, events[0]]);
    expect(first.acknowledged.sort()).toEqual(events.map((e) => e.id).sort());
    expect(again.acknowledged.sort()).toEqual(events.map((e) => e.id).sort());
    expect(await count('SELECT count(*) AS n FROM events')).toBe(2);
    const { rows } = await ctx.pool.query<{ status: string; responsible_unit_id: string }>('SELECT status, responsible_unit_id FROM cases WHERE id = $1', [c.caseId]);
    expect(rows).toEqual([{ status: 'dispatched', responsible_unit_id: 'unit.zhucan' }]);
  });

  it('acknowledges an id it holds under another case as a replay, stores nothing of it, and stores the rest of the push', async () => {
    const seat = await enrollTestSeat(ctx.pool);
    const a = new CaseScript(seat.seatCode);
    const registered = a.registered();
    await push(seat, [registered]);
    // The same id again, now claiming another case (a corrupted copy): the push's early read asks only that case's events.
    const b = new CaseScript(seat.seatCode);
    const copy = { ...b.registered(), id: registered.id };
    const other = b.noted('跟进中');
    const answer = await push(seat, [copy, other]);
    expect(answer.acknowledged.sort()).toEqual([registered.id, other.id].sort());
    expect(answer.rejected).toEqual([]);
    expect(await count('SELECT count(*) AS n FROM events WHERE id = $1 AND case_id = $2', [registered.id, a.caseId])).toBe(1);
    expect(await count('SELECT count(*) AS n FROM events WHERE case_id = $1', [b.caseId])).toBe(1);
    // Without its registration the other case has no projection yet; the first keeps its own.
    expect((await townCaseRecords(ctx.pool, DEMO_TOWN_ID)).filter((r) => r.id === a.caseId || r.id === b.caseId).map((r) => r.id)).toEqual([a.caseId]);
  });

  it('quarantines each bad event with its reason and stores the good ones behind it', async () => {
    const seat = await enrollTestSeat(ctx.pool);
    const other = await enrollTestSeat(ctx.pool);
    const c = new CaseScript(seat.seatCode);
    const good = [c.registered(), c.dispatched('unit.zhucan')];
    const forged = { ...c.noted('from another seat'), seatId: other.seatCode };
    const stranger = c.noted('who?', 'user.nobody');
    const future = { ...c.noted('tomorrow'), hlc: formatHlc({ wallMs: Date.now() + MAX_FUTURE_MS + 3_600_000, counter: 0, node: seat.seatCode }) };
    const newer = { ...c.noted('x'), type: 'case.teleported', payload: {} };
    const broken = { ...c.noted('x'), caseId: 'not-a-ulid' };
    const nul = c.noted('bad \u0000 text');
    const res = await push(seat, [good[0], forged, stranger, future, newer, broken, 42, nul, good[1]]);
    expect(res.acknowledged.sort()).toEqual(good.map((e) => e.id).sort());
    expect(Object.fromEntries(res.rejected.map((r) => [r.id, r.reason]))).toEqual({
      [forged.id]: 'forged_seat',
      [stranger.id]: 'unknown_actor',
      [future.id]: 'future_dated',
      [newer.id]: 'newer_version',
      [broken.id]: 'invalid',
      '#6': 'invalid',
      [nul.id]: 'invalid',
    });
    const { rows } = await ctx.pool.query<{ item_id: string; reason: string; seat_id: string }>('SELECT item_id, reason, seat_id FROM quarantine ORDER BY id');
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.seat_id))).toEqual(new Set([seat.seatId]));
    expect(await count('SELECT count(*) AS n FROM events')).toBe(2);
  });

  it('takes an automatic card as the town’s, once however many seats give it, and the system’s name on nothing else', async () => {
    const seat = await enrollTestSeat(ctx.pool);
    const other = await enrollTestSeat(ctx.pool);
    const c = new CaseScript(seat.seatCode);
    await push(seat, [c.registered(), c.dispatched('unit.zhucan')]);
    const card = (seatCode: string, clock: string) => ({
      ...c.noted(''),
      id: '01KBPAZT0000000000000000S0',
      seatId: seatCode,
      actorId: automaticSupervisionActorId,
      type: 'case.supervised',
      payload: { card: 'yellow', clock, note: '' },
    });
    const own = await push(seat, [card(seat.seatCode, 'accept')]);
    const theirs = await push(other, [card(other.seatCode, 'accept')]);
    expect([own.acknowledged, theirs.acknowledged]).toEqual([['01KBPAZT0000000000000000S0'], ['01KBPAZT0000000000000000S0']]);
    expect(await count("SELECT count(*) AS n FROM events WHERE body ->> 'type' = 'case.supervised'")).toBe(1);
    const byHand = { ...card(seat.seatCode, manualCardClock), id: '01KBPAZT0000000000000001S0' };
    const note = { ...c.noted('我是系统'), actorId: automaticSupervisionActorId };
    const refused = await push(seat, [byHand, note]);
    expect(refused.rejected.map((r) => [r.id, r.reason])).toEqual([
      [byHand.id, 'unknown_actor'],
      [note.id, 'unknown_actor'],
    ]);
  });

  it('refuses events on a case of another town, and a unit seat on a case it is not involved in', async () => {
    const centre = await enrollTestSeat(ctx.pool);
    const desk = await enrollTestSeat(ctx.pool, { scope: 'unit', unitId: 'unit.cmt.lvdi' });
    const c = new CaseScript(centre.seatCode);
    await push(centre, [c.registered(), c.dispatched('unit.zhucan')]);
    const onOthers = new CaseScript(desk.seatCode).noted('not ours', 'user.h-lvdi');
    const intrusion = { ...onOthers, caseId: c.caseId };
    const res = await push(desk, [intrusion]);
    expect(res.rejected).toEqual([expect.objectContaining({ id: intrusion.id, reason: 'forbidden' })]);
  });

  it('flags the events of a seat whose clock is off by more than five minutes, and hands every puller the amount', async () => {
    const seat = await enrollTestSeat(ctx.pool);
    const other = await enrollTestSeat(ctx.pool);
    const c = new CaseScript(seat.seatCode);
    const skewedOne = c.registered();
    const res = await push(seat, [skewedOne], [], new Date(Date.now() - 10 * 60_000));
    expect(res.skewMs).toBeGreaterThan(9 * 60_000);
    expect((await ctx.pool.query('SELECT skewed FROM events')).rows).toEqual([{ skewed: true }]);
    // Pushed again once the clock is right: the event keeps the measure it was taken with.
    const calmOne = c.dispatched('unit.zhucan');
    await push(seat, [skewedOne, calmOne]);
    const pulled = await ctx.hub.inject({ method: 'GET', url: '/v1/sync/pull?after=0&limit=1000', headers: bearer(other) });
    const items = (pulled.json() as { items: { kind: string; event?: { id: string }; skewMs?: number }[] }).items.filter((i) => i.kind === 'event');
    expect(items.map((i) => [i.event?.id, i.skewMs === undefined ? null : Math.round(i.skewMs / 60_000)])).toEqual([
      [skewedOne.id, 10],
      [calmOne.id, null],
    ]);
  });

  it('keeps reference data last-writer-wins by HLC, with every write in the history, from admin seats only', async () => {
    const admin = await enrollTestSeat(ctx.pool, { scope: 'town' }, true);
    const plain = await enrollTestSeat(ctx.pool);
    const at = (ms: number) => formatHlc({ wallMs: Date.now() + ms, counter: 0, node: admin.seatCode });
    const newer = { kind: 'unit' as const, id: 'unit.zhucan', hlc: at(2000), data: { id: 'unit.zhucan', name: '助餐中心（新）', type: 'department', committeeId: null } };
    const older = { ...newer, hlc: at(1000), data: { ...newer.data, name: '旧名' } };
    const res = await push(admin, [], [newer, older, { kind: 'spaceship', id: 'x', hlc: at(0), data: null }]);
    expect(res.acknowledged).toEqual([referenceKey(newer), referenceKey(older)]);
    expect(res.rejected).toEqual([expect.objectContaining({ id: '#2', reason: 'invalid' })]);
    const { rows } = await ctx.pool.query("SELECT data->>'name' AS name FROM reference_records WHERE kind = 'unit' AND id = 'unit.zhucan'");
    expect(rows).toEqual([{ name: '助餐中心（新）' }]);
    const history = await ctx.pool.query("SELECT data->>'name' AS name, won FROM reference_history WHERE seat_id IS NOT NULL ORDER BY hlc");
    expect(history.rows).toEqual([
      { name: '旧名', won: false },
      { name: '助餐中心（新）', won: true },
    ]);
    const refused = await push(plain, [], [{ ...newer, hlc: at(3000) }]);
    expect(refused.rejected).toEqual([expect.objectContaining({ reason: 'forbidden' })]);
  });

  it('stores the pushes that wait for one another in one transaction, each answered on its own', async () => {
    const seats = await Promise.all(Array.from({ length: 6 }, async () => {
      const enrolled = await enrollTestSeat(ctx.pool);
      const row = await seatByCredential(ctx.pool, hashSecret(enrolled.credential, 'credential'));
      if (!row) throw new Error('seat not enrolled');
      return row;
    }));
    const cases = seats.map((s) => new CaseScript(s.seatCode));
    const batches = cases.map((c) => [c.registered(), c.dispatched('unit.zhucan')]);
    const stranger = cases[3]?.noted('who?', 'user.nobody');
    if (!stranger) throw new Error('no case');
    batches[3]?.push(stranger);
    // A seventh push on the fifth seat's case goes in a later group; the guard folds it with that push's events.
    const later = cases[4]?.noted('跟进中');
    if (!later) throw new Error('no case');
    const pushes = [...batches.map((events, i) => ({ seat: seats[i], events })), { seat: seats[4], events: [later] }];
    // All in one tick: the first two are written at once, the ones that wait meanwhile in shared groups (how many
    // wait depends on when each push's read comes back, so the count of groups is bounded, not exact).
    const answers = await Promise.all(
      pushes.map(({ seat, events }) => seat && ingestPush(ctx.pool, seat, { protocol: 1, sentAt: new Date().toISOString(), events, reference: [] })),
    );
    answers.forEach((answer, i) => {
      const own = pushes[i]?.events.filter((e) => e !== stranger) ?? [];
      expect(answer?.acknowledged.sort()).toEqual(own.map((e) => e.id).sort());
      expect(answer?.rejected).toEqual(i === 3 ? [expect.objectContaining({ id: stranger.id, reason: 'unknown_actor' })] : []);
    });
    const { rows } = await ctx.pool.query<{ transactions: number; events: number }>('SELECT count(DISTINCT xmin::text)::int AS transactions, count(*)::int AS events FROM events');
    expect(rows[0]?.events).toBe(13);
    // Fewer transactions than pushes, and the push on the fifth seat's case never in that seat's push's group.
    expect(rows[0]?.transactions).toBeLessThan(pushes.length);
    expect(rows[0]?.transactions).toBeGreaterThanOrEqual(2);
    const groupOf = await ctx.pool.query<{ id: string; tx: string }>('SELECT id, xmin::text AS tx FROM events WHERE id = ANY($1)', [[later.id, batches[4]?.[0]?.id]]);
    expect(new Set(groupOf.rows.map((r) => r.tx)).size).toBe(2);
    expect(await count('SELECT count(*) AS n FROM quarantine WHERE reason = $1', ['unknown_actor'])).toBe(1);
    const projection = (await townCaseRecords(ctx.pool, DEMO_TOWN_ID)).find((r) => r.id === cases[4]?.caseId);
    expect(projection).toEqual(foldCase([...(batches[4] ?? []), later]));
  });

  it('answers 503 busy with Retry-After once a town has its bound of pushes waiting, and takes the push when it comes back', async () => {
    const hub = await buildHub({ pool: ctx.pool, version: 'test', rateLimitPerMinute: 100_000, maxWaitingPushEvents: 4 });
    const seat = await enrollTestSeat(ctx.pool);
    const pushOf = (events: unknown[]) => hub.inject({ method: 'POST', url: '/v1/sync/push', headers: bearer(seat), payload: pushBody(events) });
    const cases = Array.from({ length: 5 }, () => new CaseScript(seat.seatCode));
    const batches = cases.map((c) => [c.registered(), c.dispatched('unit.zhucan')]);
    // Another writer holds the town's sequencer: the first two pushes are being written (and wait for it), the next two wait in the queue.
    const holder = await ctx.pool.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [lockSpace.townSequencer, DEMO_TOWN_ID]);
    const accepted = [];
    for (const events of batches.slice(0, 4)) {
      accepted.push(pushOf(events));
      await new Promise((r) => setTimeout(r, 100));
    }
    const refused = await pushOf(batches[4] ?? []);
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe(String(BUSY_RETRY_AFTER_S));
    expect(refused.json()).toMatchObject({ error: { code: 'busy' } });
    await holder.query('COMMIT');
    holder.release();
    for (const [i, res] of (await Promise.all(accepted)).entries()) {
      expect(res.statusCode).toBe(200);
      expect(PushResponse.parse(res.json()).acknowledged.sort()).toEqual((batches[i] ?? []).map((e) => e.id).sort());
    }
    // Refused means not stored; the same push, sent again, is.
    expect(await count('SELECT count(*) AS n FROM events WHERE case_id = $1', [cases[4]?.caseId])).toBe(0);
    const again = await pushOf(batches[4] ?? []);
    expect(again.statusCode).toBe(200);
    expect(await count('SELECT count(*) AS n FROM events')).toBe(10);
    await hub.close();
  });
});

