import { describe, expect, it } from 'vitest';
import { clockOffsetMinutes } from '../../shared/sync/clock-offset';
import { mealCase, type CoreHarness } from '../support/core-harness';
import { useSeatsOnRealHub } from '../support/seats-on-real-hub';

/**
 * A seat whose clock runs 7 minutes ahead of the hub's (played by setting the real hub's clock
 * back: a test cannot move the machine's), another hotline seat and 绿地居委's desk.
 */
const LVDI = 'unit.cmt.lvdi';
const AHEAD_MS = 7 * 60_000;
const town = useSeatsOnRealHub(['GH01', 'GH02', 'GH07'], () => Date.now() - AHEAD_MS);

describe('a seat whose clock is off by more than five minutes', () => {
  it('has its events flagged with the offset on every seat that receives them', async () => {
    const [skewed, other, desk] = town.seats as [CoreHarness, CoreHarness, CoreHarness];
    await town.enroll(skewed, { scope: 'town' });
    await town.enroll(other, { scope: 'town' });
    await town.enroll(desk, { scope: 'unit', unitId: LVDI });
    const filed = await skewed.call('cases:create', { ...mealCase, dispatchToUnitId: LVDI }, await skewed.login('op01'));
    const ids = (await skewed.call('cases:get', { caseId: filed.id }, await skewed.login('admin'))).events.map((e) => e.id);
    expect(ids.length).toBeGreaterThan(1);

    for (const seat of town.seats) {
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
    await town.restartHub();
    const [onTime, other] = town.seats as [CoreHarness, CoreHarness];
    await town.enroll(onTime, { scope: 'town' });
    await town.enroll(other, { scope: 'town' });
    const filed = await onTime.call('cases:create', mealCase, await onTime.login('op01'));
    const admin = await other.login('admin');
    await expect.poll(async () => (await other.raw('cases:get', { caseId: filed.id }, admin)).ok, { timeout: 20_000 }).toBe(true);
    expect((await other.call('cases:get', { caseId: filed.id }, admin)).skewedEvents).toEqual({});
  });
});
