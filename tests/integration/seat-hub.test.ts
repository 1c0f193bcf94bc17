import { beforeEach, describe, expect, it } from 'vitest';
import { maySeeCase } from '../../shared/case/visibility';
import { formatHlc } from '../../shared/sync/hlc';
import type { ReferenceRecord } from '../../shared/sync/wire';
import { inTransaction } from '../../hub/store/db';
import { writeReference } from '../../hub/store/reference';
import { lockTownSequencer } from '../../hub/store/sequencer';
import { seatPasswordHash } from '../../hub/town/password-hash';
import { demoApiKey } from '../../hub/open311/api-keys';
import { createEnrollmentCode } from '../../hub/enroll/enroll';
import type { Pool } from '../../hub/store/db';
import { formBody } from '../../hub/testing/open311-client';
import { DEMO_TOWN_ID } from '../../hub/town/seed-demo-town';
import { mealCase, openTestCore, type CoreHarness } from '../support/core-harness';
import type { RealHub } from '../support/real-hub';
import { fastSync, useSeatsOnRealHub } from '../support/seats-on-real-hub';

/**
 * Two real seat cores (each with its sync worker thread) and the real hub on a throwaway
 * PostgreSQL: the hotline centre's seat and 绿地居委's desk, as a town runs them.
 */
const LVDI = 'unit.cmt.lvdi';
const town = useSeatsOnRealHub(['GH01', 'GH07']);
let pool: Pool;
let hub: RealHub;
let centre: CoreHarness;
let desk: CoreHarness;

beforeEach(() => {
  ({ pool, hub } = town);
  [centre, desk] = town.seats as [CoreHarness, CoreHarness];
});

async function enroll(seat: CoreHarness, scope: Parameters<typeof createEnrollmentCode>[1]['scope'], label: string) {
  const { code } = await createEnrollmentCode(pool, { townId: DEMO_TOWN_ID, scope, admin: false });
  return seat.call('sync:enroll', { hubUrl: hub.url, code, label }, await seat.login('admin'));
}

/** Every case a seat holds, as its admin (who sees the whole store) lists them. */
async function held(seat: CoreHarness, token: string) {
  const list = await seat.call('cases:list', { limit: 200 }, token);
  return Promise.all(list.items.map(async (c) => (await seat.call('cases:get', { caseId: c.id }, token)).case));
}

const summary = (c: { id: string; number: string; status: string; responsibleUnitId: string | null }) => `${c.id} ${c.number} ${c.status} ${c.responsibleUnitId}`;

async function hubCases(): Promise<string[]> {
  const { rows } = await pool.query<{ id: string; number: string; status: string; responsible_unit_id: string | null }>(
    'SELECT id, number, status, responsible_unit_id FROM cases ORDER BY id',
  );
  return rows.map((r) => summary({ id: r.id, number: r.number, status: r.status, responsibleUnitId: r.responsible_unit_id }));
}

describe('a town seat and a unit seat with the real hub', () => {
  it('enrolls under the seat codes the seats already file under, and refuses a second seat with a held code', async () => {
    expect((await enroll(centre, { scope: 'town' }, '热线中心 1 号台')).hub).toMatchObject({ seatCode: 'GH01', scope: { scope: 'town' } });
    expect((await enroll(desk, { scope: 'unit', unitId: LVDI }, '绿地居委会')).hub).toMatchObject({ seatCode: 'GH07', scope: { scope: 'unit', unitId: LVDI } });
    const twin = await openTestCore(undefined, { seatCode: 'GH01', syncTiming: fastSync });
    try {
      const { code } = await createEnrollmentCode(pool, { townId: DEMO_TOWN_ID, scope: { scope: 'town' }, admin: false });
      const refused = await twin.raw('sync:enroll', { hubUrl: hub.url, code, label: 'twin' }, await twin.login('admin'));
      expect(refused).toMatchObject({ ok: false, error: { code: 'seat_code_taken' } });
      expect((await twin.call('sync:status', {}, await twin.login('admin'))).state.link).toBe('unenrolled');
    } finally {
      twin.close();
    }
  });

  it("refuses at a unit's desk the login of anyone but its unit's people and the admin, saying whose desk it is", async () => {
    // Before anyone logs in, the login form can say it too; a hotline seat is nobody's desk.
    expect(await desk.raw('auth:seat', {})).toMatchObject({ ok: true, value: { unitDesk: null } });
    await enroll(desk, { scope: 'unit', unitId: LVDI }, '绿地居委会');
    await enroll(centre, { scope: 'town' }, '热线中心 1 号台');
    expect(await desk.raw('auth:seat', {})).toMatchObject({ ok: true, value: { unitDesk: '绿地居委会' } });
    expect(await centre.raw('auth:seat', {})).toMatchObject({ ok: true, value: { unitDesk: null } });
    const refused = await desk.raw('auth:login', { username: 'op01', password: 'demo-op01' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'wrong_seat', message: expect.stringContaining('绿地居委会') } });
    expect(await desk.raw('auth:login', { username: 'h-chengguan', password: 'demo-h-chengguan' })).toMatchObject({ ok: false, error: { code: 'wrong_seat' } });
    await expect(desk.login('h-lvdi')).resolves.toBeTruthy();
    await expect(desk.login('admin')).resolves.toBeTruthy();
    await expect(centre.login('op01')).resolves.toBeTruthy();
  });

  it('both work while the hub is down; once it is back every case is on the hub and each entitled seat exactly once', async () => {
    await enroll(centre, { scope: 'town' }, '热线中心 1 号台');
    await enroll(desk, { scope: 'unit', unitId: LVDI }, '绿地居委会');
    const op = await centre.login('op01');
    const handler = await desk.login('h-lvdi');
    const ours = await centre.call('cases:create', { ...mealCase, dispatchToUnitId: LVDI }, op);
    const theirs = await centre.call('cases:create', { ...mealCase, description: '老龄办的补贴问题', dispatchToUnitId: 'unit.laoling' }, op);
    await expect.poll(async () => (await desk.call('queues:unit', {}, handler)).items.map((c) => c.id), { timeout: 15_000 }).toEqual([ours.id]);

    await hub.stop();
    await desk.call('cases:act', { caseId: ours.id, action: 'case.accepted', payload: {} }, handler);
    await desk.call('cases:act', { caseId: ours.id, action: 'case.noted', payload: { note: '已联系助餐点，明天上门' } }, handler);
    const offlineOurs = await centre.call('cases:create', { ...mealCase, description: '离线时登记 助餐', dispatchToUnitId: LVDI }, op);
    const offlineOther = await centre.call('cases:create', { ...mealCase, description: '离线时登记 其他', dispatchToUnitId: 'unit.zhucan' }, op);
    await centre.call('cases:act', { caseId: theirs.id, action: 'case.noted', payload: { note: '来电催办' } }, op);
    await expect.poll(async () => (await centre.call('sync:status', {}, op)).state, { timeout: 10_000 }).toMatchObject({ link: 'offline', outbox: 5 });

    await hub.start();
    const open311 = await fetch(`${hub.url}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody({ api_key: await demoApiKey(pool, DEMO_TOWN_ID), service_code: 'cat.ageing.meal', lat: '31.30855', long: '121.60418', description: '今天的午饭没送来' }),
    });
    expect(open311.status).toBe(200);
    const centreAdmin = await centre.login('admin');
    const deskAdmin = await desk.login('admin');
    await expect
      .poll(
        async () => {
          const [c, d] = await Promise.all([centre.call('sync:status', {}, centreAdmin), desk.call('sync:status', {}, deskAdmin)]);
          const onHub = await hubCases();
          const onCentre = (await held(centre, centreAdmin)).map(summary).sort();
          return c.state.outbox + d.state.outbox === 0 && onHub.length === 5 && JSON.stringify(onCentre) === JSON.stringify(onHub);
        },
        { timeout: 20_000, interval: 200 },
      )
      .toBe(true);

    const onHub = await hubCases();
    const onCentre = await held(centre, centreAdmin);
    expect(onCentre.map(summary).sort()).toEqual(onHub);
    const { rows: doubled } = await pool.query("SELECT case_id FROM events WHERE body->>'type' = 'case.registered' GROUP BY case_id HAVING count(*) > 1");
    expect(doubled).toEqual([]);

    // The Open311 case came from the hub's own seat code and an Open311 client, not a seat's user.
    const fromApp = onCentre.find((c) => ![ours.id, theirs.id, offlineOurs.id, offlineOther.id].includes(c.id));
    expect(fromApp).toMatchObject({ number: expect.stringMatching(/^GHAPI/), responsibleUnitId: LVDI });
    expect((await centre.call('sync:quarantine', {}, centreAdmin)).length).toBe(0);

    // The desk holds exactly its unit's cases, each as the centre sees it, the Open311 one among them.
    const lvdi = { scope: 'unit', unitId: LVDI } as const;
    const entitled = onCentre.filter((c) => maySeeCase(lvdi, c));
    await expect.poll(async () => (await held(desk, deskAdmin)).map(summary).sort(), { timeout: 15_000 }).toEqual(entitled.map(summary).sort());
    expect(entitled.map((c) => c.id).sort()).toEqual([ours.id, offlineOurs.id, fromApp?.id].sort());
    for (const c of await held(desk, deskAdmin)) expect(maySeeCase(lvdi, c)).toBe(true);
    const accepted = (await centre.call('cases:get', { caseId: ours.id }, centreAdmin)).events.map((e) => e.type);
    expect(accepted).toEqual(expect.arrayContaining(['case.accepted', 'case.noted']));
    expect((await desk.call('queues:unit', {}, handler)).items.map((c) => c.id).sort()).toEqual(entitled.map((c) => c.id).sort());
  });

  it('puts reference edits from the hub in force at the seat: a renamed unit, and a new user who can log in offline', async () => {
    await enroll(desk, { scope: 'unit', unitId: LVDI }, '绿地居委会');
    const hlc = formatHlc({ wallMs: Date.now(), counter: 0, node: 'GH01' });
    const records: ReferenceRecord[] = [
      { kind: 'unit', id: LVDI, hlc, data: { id: LVDI, name: '绿地居委会（新址）', type: 'committee', committeeId: 'cmt.lvdi' } },
      {
        kind: 'user',
        id: 'user.h-lvdi2',
        hlc,
        data: { id: 'user.h-lvdi2', username: 'h-lvdi2', displayName: '绿地居委会 新同事', role: 'handler', unitId: LVDI, passwordHash: await seatPasswordHash('demo-h-lvdi2') },
      },
      { kind: 'unit', id: 'unit.ghost', hlc, data: { id: 'unit.ghost', name: '无此居委', type: 'committee', committeeId: 'cmt.nowhere' } },
      { kind: 'unit', id: 'unit.wenti', hlc, data: { id: 'unit.wenti', name: '文体中心', type: 'department', committeeId: null } },
    ];
    await enroll(centre, { scope: 'town' }, '热线中心 1 号台');
    const op = await centre.login('op01');
    // A filing before the edits arrive, so the seat has read its reference tables already.
    await centre.call('cases:create', mealCase, op);
    await expect.poll(async () => (await centre.call('sync:status', {}, op)).state, { timeout: 10_000 }).toMatchObject({ link: 'online', outbox: 0 });
    await inTransaction(pool, async (db) => {
      await lockTownSequencer(db, DEMO_TOWN_ID);
      await writeReference(db, DEMO_TOWN_ID, records.map((record) => ({ record, seatId: null })));
    });
    const admin = await desk.login('admin');
    await expect
      .poll(async () => (await desk.call('reference:get', {}, admin)).units.find((u) => u.id === LVDI)?.name, { timeout: 20_000 })
      .toBe('绿地居委会（新址）');
    await expect.poll(async () => (await centre.raw('cases:create', { ...mealCase, dispatchToUnitId: 'unit.wenti' }, op)).ok, { timeout: 20_000 }).toBe(true);
    await hub.stop();
    expect((await desk.login('h-lvdi2')).length).toBeGreaterThan(0);
    // A unit of a committee this seat does not know is kept out of its tables and shown in the quarantine.
    expect((await desk.call('reference:get', {}, admin)).units.map((u) => u.id)).not.toContain('unit.ghost');
    expect(await desk.call('sync:quarantine', {}, admin)).toMatchObject([{ direction: 'pull', reason: 'invalid' }]);
  });

  it('tells a revoked seat its credential is invalid or revoked', async () => {
    await enroll(centre, { scope: 'town' }, '热线中心 1 号台');
    await pool.query("UPDATE seats SET revoked_at = now() WHERE seat_code = 'GH01'");
    const admin = await centre.login('admin');
    await centre.call('cases:create', mealCase, await centre.login('op01'));
    await expect.poll(async () => (await centre.call('sync:status', {}, admin)).state, { timeout: 10_000 }).toMatchObject({ link: 'offline', lastError: 'hub_unauthorized' });
  });
});
