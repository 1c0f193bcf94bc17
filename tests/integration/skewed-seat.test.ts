import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clockOffsetMinutes } from '../../shared/sync/clock-offset';
import { createEnrollmentCode } from '../../hub/enroll/enroll';
import type { Pool } from '../../hub/store/db';
import { startHubCluster, type HubTestCluster } from '../../hub/testing/hub-fixture';
import { DEMO_TOWN_ID } from '../../hub/town/seed-demo-town';
import { mealCase, openTestCore, type CoreHarness } from '../support/core-harness';
import { startRealHub, type RealHub } from '../support/real-hub';

/**
 * A seat whose clock runs 7 minutes ahead of the hub's (played by setting the real hub's clock
 * back: a test cannot move the machine's), another hotline seat and 绿地居委's desk.
 */
const fast = { debounceMs: 50, idlePullMs: 150, firstBackoffMs: 100 };
const LVDI = 'unit.cmt.lvdi';
const AHEAD_MS = 7 * 60_000;
let cluster: HubTestCluster;
let pool: Pool;
let hub: RealHub;
let seats: CoreHarness[];

beforeAll(async () => {
  cluster = await startHubCluster();
}, 60_000);
afterAll(() => cluster.stop());
beforeEach(async () => {
  ({ pool } = await cluster.database());
  hub = await startRealHub(pool, () => Date.now() - AHEAD_MS);
  seats = [];
  for (const seatCode of ['GH01', 'GH02', 'GH07']) seats.push(await openTestCore(undefined, { seatCode, syncTiming: fast }));
});
afterEach(async () => {
  for (const s of seats) s.close();
  await hub.stop();
});

async function enroll(seat: CoreHarness, scope: Parameters<typeof createEnrollmentCode>[1]['scope']) {
  const { code } = await createEnrollmentCode(pool, { townId: DEMO_TOWN_ID, scope, admin: false });
  await seat.call('sync:enroll', { hubUrl: hub.url, code, label: 'desk' }, await seat.login('admin'));
}

describe('a seat whose clock is off by more than five minutes', () => {
  it('has its events flagged with the offset on every seat that receives them', async () => {
    const [skewed, other, desk] = seats as [CoreHarness, CoreHarness, CoreHarness];
    await enroll(skewed, { scope: 'town' });
    await enroll(other, { scope: 'town' });
    await enroll(desk, { scope: 'unit', unitId: LVDI });
    const filed = await skewed.call('cases:create', { ...mealCase, dispatchToUnitId: LVDI }, await skewed.login('op01'));
    const ids = (await skewed.call('cases:get', { caseId: filed.id }, await skewed.login('admin'))).events.map((e) => e.id);
    expect(ids.length).toBeGreaterThan(1);

    for (const seat of seats) {
      const admin = await seat.login('admin');
      const flags = async () => {
        const got = await seat.raw('cases:get', { caseId: filed.id }, admin);
        if (!got.ok) return null;
        const { skewedEvents } = got.value as { skewedEvents: Record<string, number> };
        return ids.map((id) => (skewedEvents[id] === undefined ? null : clockOffsetMinutes(skewedEvents[id])));
      };
      await expect.poll(flags, { timeout: 20_000, interval: 200 }).toEqual(ids.map(() => '+7'));
    }
    // The seat itself is told, too.
    expect((await skewed.call('sync:status', {}, await skewed.login('admin'))).state).toMatchObject({ skewed: true });
  });

  it('leaves the events of a seat on time unflagged', async () => {
    await hub.stop();
    hub = await startRealHub(pool);
    const [onTime, other] = seats as [CoreHarness, CoreHarness];
    await enroll(onTime, { scope: 'town' });
    await enroll(other, { scope: 'town' });
    const filed = await onTime.call('cases:create', mealCase, await onTime.login('op01'));
    const admin = await other.login('admin');
    await expect.poll(async () => (await other.raw('cases:get', { caseId: filed.id }, admin)).ok, { timeout: 20_000 }).toBe(true);
    expect((await other.call('cases:get', { caseId: filed.id }, admin)).skewedEvents).toEqual({});
  });
});
