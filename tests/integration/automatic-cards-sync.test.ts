import { describe, expect, it } from 'vitest';
import { createTestClock } from '../../electron/core/test-clock';
import { mealCase, type CoreHarness } from '../support/core-harness';
import { useSeatsOnRealHub } from '../support/seats-on-real-hub';

/**
 * Every seat runs automatic supervision on the cases it holds. Two hotline seats that find the same
 * lapse must give the town one card, and the hub must take it: a seat's own round is no forgery.
 */
const clock = createTestClock();
const town = useSeatsOnRealHub(['GH01', 'GH02'], () => clock.now().getTime(), clock);

describe('automatic cards on seats that share a hub', () => {
  it('give one card for one lapse on every seat and on the hub, none of it quarantined', async () => {
    const [first, second] = town.seats as [CoreHarness, CoreHarness];
    await town.enroll(first, { scope: 'town' });
    await town.enroll(second, { scope: 'town' });
    const filed = await first.call('cases:create', { ...mealCase, urgency: 'urgent', dispatchToUnitId: 'unit.zhucan' }, await first.login('op01'));
    const admins = await Promise.all(town.seats.map((s) => s.login('admin')));
    await expect.poll(async () => (await second.raw('cases:get', { caseId: filed.id }, admins[1])).ok, { timeout: 20_000 }).toBe(true);

    // Past the 15-minute accept limit: both seats' rounds (every 5 s) find the lapse.
    clock.advance(16 * 60_000);
    const cardsOn = async (seat: CoreHarness, admin: string) =>
      (await seat.call('cases:get', { caseId: filed.id }, admin)).events.filter((e) => e.type === 'case.supervised').map((e) => e.id);
    for (const [i, seat] of town.seats.entries()) await expect.poll(() => cardsOn(seat, admins[i] ?? ''), { timeout: 20_000 }).toHaveLength(1);
    // Each round is done, and whatever either pushed has reached the other.
    await new Promise((r) => setTimeout(r, 6_000));
    const seen = await Promise.all(town.seats.map((s, i) => cardsOn(s, admins[i] ?? '')));
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[0]).toHaveLength(1);
    const { rows } = await town.pool.query<{ n: string }>("SELECT count(*) AS n FROM events WHERE case_id = $1 AND body ->> 'type' = 'case.supervised'", [filed.id]);
    expect(Number(rows[0]?.n)).toBe(1);
    const quarantined = await town.pool.query<{ n: string }>('SELECT count(*) AS n FROM quarantine');
    expect(Number(quarantined.rows[0]?.n)).toBe(0);
    for (const [i, seat] of town.seats.entries()) {
      expect((await seat.call('cases:get', { caseId: filed.id }, admins[i] ?? '')).case.cards).toEqual([
        { card: 'yellow', clock: 'accept', at: expect.any(String) },
      ]);
    }
  }, 60_000);
});
