import { describe, expect, it } from 'vitest';
import { foldCase } from '../../shared/case/fold';
import type { CaseEvent } from '../../shared/case/events';
import { maySeeCase } from '../../shared/case/visibility';
import { PullResponse, type EnrollResponse, type ReferenceRecord } from '../../shared/sync/wire';
import { bearer, CaseScript, enrollTestSeat, pushBody } from '../testing/hub-fixture';
import { useHubDatabase } from '../testing/use-hub-database';

const ctx = useHubDatabase();

async function push(seat: EnrollResponse, events: CaseEvent[]) {
  const res = await ctx.hub.inject({ method: 'POST', url: '/v1/sync/push', headers: bearer(seat), payload: pushBody(events) });
  expect(res.json().rejected).toEqual([]);
}

async function pull(seat: EnrollResponse, after: number, limit?: number) {
  const url = `/v1/sync/pull?after=${after}${limit ? `&limit=${limit}` : ''}`;
  const res = await ctx.hub.inject({ method: 'GET', url, headers: bearer(seat) });
  expect(res.statusCode).toBe(200);
  return PullResponse.parse(res.json());
}

/** Everything the seat receives, following its cursor until the hub says there is no more. */
async function pullAll(seat: EnrollResponse, after = 0, limit?: number) {
  const events: CaseEvent[] = [];
  const records: ReferenceRecord[] = [];
  let cursor = after;
  for (;;) {
    const page = await pull(seat, cursor, limit);
    for (const item of page.items) {
      if (item.kind === 'event') events.push(item.event);
      else records.push(item.record);
    }
    expect(page.cursor).toBeGreaterThanOrEqual(cursor);
    cursor = page.cursor;
    if (!page.more) return { events, records, cursor };
  }
}

const ids = (events: readonly CaseEvent[]) => events.map((e) => e.id).sort();

describe('scoped pull', () => {
  it('gives a town seat the whole town, reference data included, in pages that skip nothing', async () => {
    const centre = await enrollTestSeat(ctx.pool);
    const pushed: CaseEvent[] = [];
    for (let i = 0; i < 7; i++) {
      const c = new CaseScript(centre.seatCode);
      pushed.push(c.registered(), c.dispatched(i % 2 ? 'unit.zhucan' : 'unit.cmt.lvdi'));
    }
    await push(centre, pushed);
    const all = await pullAll(centre, 0, 5);
    expect(ids(all.events)).toEqual(ids(pushed));
    // Users come with their password hashes, in the seats' format, so a seat can log them in offline.
    const lvdi = all.records.find((r) => r.kind === 'user' && r.id === 'user.h-lvdi');
    expect(lvdi?.data).toMatchObject({ username: 'h-lvdi', role: 'handler', unitId: 'unit.cmt.lvdi', passwordHash: expect.stringMatching(/^scrypt\$32768\$8\$1\$/) });
    expect(new Set(all.records.map((r) => r.kind))).toEqual(new Set(['committee', 'unit', 'category', 'routing_rule', 'user']));
    expect(await pull(centre, all.cursor)).toMatchObject({ items: [], more: false, cursor: all.cursor });
  });

  it('gives a unit seat exactly the cases the shared rule lets it see, each with its whole history from when it became involved', async () => {
    const centre = await enrollTestSeat(ctx.pool);
    const desk = await enrollTestSeat(ctx.pool, { scope: 'unit', unitId: 'unit.cmt.lvdi' });
    const ours = new CaseScript(centre.seatCode);
    const theirs = new CaseScript(centre.seatCode);
    const later = new CaseScript(centre.seatCode);
    const early = [ours.registered(), ours.dispatched('unit.cmt.lvdi'), theirs.registered(), theirs.dispatched('unit.zhucan'), later.registered(), later.dispatched('unit.zhucan'), later.noted('先看看')];
    await push(centre, early);
    const first = await pullAll(desk);
    expect(ids(first.events)).toEqual(ids(early.slice(0, 2)));

    // 助餐 whistles the committee in: the committee now gets that case's earlier events too.
    const whistle = later.whistled(['unit.cmt.lvdi']);
    const unrelated = theirs.noted('内部备注');
    await push(centre, [whistle, unrelated]);
    const second = await pullAll(desk, first.cursor);
    expect(ids(second.events)).toEqual(ids([...early.slice(4), whistle]));

    const everything = [...early, whistle, unrelated];
    const seen = [...first.events, ...second.events];
    for (const caseId of new Set(everything.map((e) => e.caseId))) {
      const record = foldCase(everything.filter((e) => e.caseId === caseId));
      const received = seen.filter((e) => e.caseId === caseId);
      if (record && maySeeCase({ scope: 'unit', unitId: 'unit.cmt.lvdi' }, record)) {
        expect(foldCase(received)).toEqual(record);
      } else {
        expect(received).toEqual([]);
      }
    }
  });

  it('delivers a case whose registration arrived after its dispatch, whole, to the unit it was dispatched to', async () => {
    const centre = await enrollTestSeat(ctx.pool);
    const desk = await enrollTestSeat(ctx.pool, { scope: 'unit', unitId: 'unit.cmt.lvdi' });
    const c = new CaseScript(centre.seatCode);
    const [registered, dispatched] = [c.registered(), c.dispatched('unit.cmt.lvdi')];
    await push(centre, [dispatched]);
    const before = await pullAll(desk);
    expect(before.events).toEqual([]);
    await push(centre, [registered]);
    expect(ids((await pullAll(desk, before.cursor)).events)).toEqual(ids([registered, dispatched]));
  });

  it('refuses a malformed cursor as a coded error', async () => {
    const centre = await enrollTestSeat(ctx.pool);
    for (const q of ['after=-1', 'after=abc', 'after=1&limit=0', 'after=1&limit=100000', 'after=1e400']) {
      const res = await ctx.hub.inject({ method: 'GET', url: `/v1/sync/pull?${q}`, headers: bearer(centre) });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
    }
  });
});
