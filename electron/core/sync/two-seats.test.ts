import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { startStandInHub, type StandInHub } from './testing/stand-in-hub';

/**
 * Two real seat cores, each with its sync worker thread, against the in-process STAND-IN hub
 * (testing/stand-in-hub.ts); tests/integration/seat-hub.test.ts runs the same story against the real hub on PostgreSQL.
 */
const fast = { debounceMs: 50, idlePullMs: 150, firstBackoffMs: 100 };
let hub: StandInHub;
let seats: CoreHarness[];

beforeEach(async () => {
  hub = await startStandInHub();
  seats = [await openTestCore(undefined, { seatCode: 'GH01', syncTiming: fast }), await openTestCore(undefined, { seatCode: 'GH02', syncTiming: fast })];
});
afterEach(async () => {
  for (const s of seats) s.close();
  await hub.close();
});

/** Both seats enrolled with the hub, and an operator logged in at each. */
async function enrollBoth() {
  const [a, b] = seats as [CoreHarness, CoreHarness];
  for (const [seat, code] of [[a, 'GH01'], [b, 'GH02']] as const) {
    const admin = await seat.login('admin');
    await seat.call('sync:enroll', { hubUrl: hub.url, code: hub.issueCode(code), label: `desk ${code}` }, admin);
  }
  return { a, b, opA: await a.login('op01'), opB: await b.login('op02') };
}

async function caseList(seat: CoreHarness, token: string) {
  const list = await seat.call('cases:list', { limit: 200 }, token);
  // The last HLC too: an empty outbox says the hub has a seat's events, not that the other seat pulled them yet.
  return list.items
    .map((c) => ({ id: c.id, number: c.number, status: c.status, unit: c.responsibleUnitId, last: c.lastHlc }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Until every seat's outbox is empty and they all show the same cases. */
async function converged(tokens: readonly string[], expectedCases: number) {
  await expect
    .poll(
      async () => {
        const lists = await Promise.all(seats.map((s, i) => caseList(s, tokens[i] ?? '')));
        const states = await Promise.all(seats.map(async (s, i) => (await s.call('sync:status', {}, tokens[i] ?? '')).state));
        const same = lists.every((l) => JSON.stringify(l) === JSON.stringify(lists[0]));
        return same && states.every((st) => st.outbox === 0 && st.link !== 'offline') ? (lists[0]?.length ?? -1) : -1;
      },
      { timeout: 15_000, interval: 100 },
    )
    .toBe(expectedCases);
}

describe('two seats and the stand-in hub', () => {
  it('both work while the hub is down, then converge with every case exactly once', async () => {
    const { a, b, opA, opB } = await enrollBoth();

    hub.setDown(true);
    const filedA = [];
    for (let i = 0; i < 3; i++) filedA.push(await a.call('cases:create', { ...mealCase, description: `A 座席 第${i}件 老人助餐` }, opA));
    await a.call('cases:dispatch', { caseId: filedA[0]!.id, unitId: 'unit.zhucan' }, opA);
    for (let i = 0; i < 2; i++) await b.call('cases:create', { ...mealCase, description: `B 座席 第${i}件 老人助餐` }, opB);
    await expect.poll(async () => (await a.call('sync:status', {}, opA)).state, { timeout: 5000 }).toMatchObject({ link: 'offline', outbox: 4 });
    const offline = (await a.call('sync:status', {}, opA)).state;
    expect(offline.offlineSince).not.toBeNull();
    // Once the seat knows the hub is gone, what it files is marked as filed offline, at its true time.
    const late = await a.call('cases:create', { ...mealCase, description: 'A 座席 离线后 老人助餐' }, opA);
    expect(late).toMatchObject({ filedOffline: true });

    hub.setDown(false);
    await converged([opA, opB], 6);
    const onB = await b.call('cases:get', { caseId: filedA[0]!.id }, opB);
    expect(onB.case).toMatchObject({ status: 'dispatched', responsibleUnitId: 'unit.zhucan', number: filedA[0]!.number });
    const held = hub.events();
    expect(new Set(held.map((e) => e.id)).size).toBe(held.length);
    expect(held.filter((e) => e.type === 'case.registered')).toHaveLength(6);
    expect((await b.call('cases:get', { caseId: late.id }, opB)).case).toMatchObject({ filedOffline: true, registeredAt: late.registeredAt });
    expect((await a.call('sync:status', {}, opA)).state).toMatchObject({ link: 'online', offlineSince: null, outbox: 0, quarantined: 0 });
  });

  it('two offline dispatches of one case to different units show the conflict in the supervisor inbox on both seats', async () => {
    const { a, b, opA, opB } = await enrollBoth();
    const filed = await a.call('cases:create', mealCase, opA);
    await converged([opA, opB], 1);

    hub.setDown(true);
    await a.call('cases:dispatch', { caseId: filed.id, unitId: 'unit.zhucan' }, opA);
    await b.call('cases:dispatch', { caseId: filed.id, unitId: 'unit.laoling' }, opB);
    hub.setDown(false);
    await converged([opA, opB], 1);

    for (const seat of seats) {
      const sup = await seat.login('sup01');
      const inbox = await seat.call('queues:supervisor', {}, sup);
      expect(inbox.items.map((c) => c.id)).toEqual([filed.id]);
      const shown = (await seat.call('cases:get', { caseId: filed.id }, sup)).case;
      // The earlier dispatch by HLC (seat A's) is first-responsible; the later one is kept and flagged.
      expect(shown.responsibleUnitId).toBe('unit.zhucan');
      expect(shown.dispatches.map((d) => [d.unitId, d.conflicting])).toEqual([
        ['unit.zhucan', false],
        ['unit.laoling', true],
      ]);
    }
  });

  it('quarantines a bad item from the hub, applies the ones behind it, and warns of a skewed clock', async () => {
    const { a, b, opA } = await enrollBoth();
    const supB = await b.login('sup01');
    hub.appendRaw((seq) => ({ kind: 'event', seq, event: { id: 'forged', type: 'case.deleted' } }));
    hub.setSkewMs(7 * 60_000);
    const filed = await a.call('cases:create', mealCase, opA);
    await expect.poll(async () => (await b.raw('cases:get', { caseId: filed.id }, supB)).ok, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await b.call('sync:status', {}, supB)).state.quarantined, { timeout: 5000 }).toBe(1);
    expect(await b.call('sync:quarantine', {}, supB)).toMatchObject([{ direction: 'pull', hubSeq: 1, eventId: 'forged', reason: 'invalid' }]);
    await expect.poll(async () => (await a.call('sync:status', {}, opA)).state, { timeout: 5000 }).toMatchObject({ skewed: true });
    // The quarantine is the supervisor's and the admin's; a handler gets a coded refusal.
    expect(await b.raw('sync:quarantine', {}, await b.login('h-lvdi'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
