import { describe, expect, it } from 'vitest';
import type { CoreHarness } from '../support/core-harness';
import { useSeatsOnRealHub } from '../support/seats-on-real-hub';

/** Setting up the town at the centre's admin seat (GH01), in force at 绿地居委's desk (GH07): a real hub on a throwaway PostgreSQL. */
const LVDI = 'unit.cmt.lvdi';
const town = useSeatsOnRealHub(['GH01', 'GH07']);

const logIn = async (seat: CoreHarness, username: string, password: string) => seat.raw('auth:login', { username, password });

describe('a person added at the centre', () => {
  it('logs in at the unit desk once the account has synced, and no longer once it is switched off', async () => {
    const [centre, desk] = town.seats as [CoreHarness, CoreHarness];
    await town.enroll(centre, { scope: 'town' }, true);
    await town.enroll(desk, { scope: 'unit', unitId: LVDI });
    const admin = await centre.login('admin');
    const added = await centre.call(
      'users:save',
      { id: null, username: 'h-lvdi-wang', displayName: '王小红', role: 'handler', unitId: LVDI, password: 'lvdi-2026-wang' },
      admin,
    );
    expect(added).toMatchObject({ role: 'handler', unitId: LVDI, disabled: false });
    await expect.poll(async () => (await logIn(desk, 'h-lvdi-wang', 'lvdi-2026-wang')).ok, { timeout: 20_000, interval: 250 }).toBe(true);
    const working = (await logIn(desk, 'h-lvdi-wang', 'lvdi-2026-wang')) as { ok: true; value: { token: string } };

    await centre.call('users:setDisabled', { userId: added.id, disabled: true }, admin);
    // The session already open at the desk ends once the switch-off arrives, not hours later.
    await expect.poll(async () => (await desk.raw('auth:session', {}, working.value.token)).ok, { timeout: 20_000, interval: 250 }).toBe(false);
    await expect
      .poll(async () => (await logIn(desk, 'h-lvdi-wang', 'lvdi-2026-wang')).ok === false, { timeout: 20_000, interval: 250 })
      .toBe(true);
    expect(await logIn(desk, 'h-lvdi-wang', 'lvdi-2026-wang')).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
  }, 60_000);
});

describe('a unit and a routing rule set up at the centre', () => {
  it('are in force at the unit desk once synced, and a deleted rule is gone there too', async () => {
    const [centre, desk] = town.seats as [CoreHarness, CoreHarness];
    await town.enroll(centre, { scope: 'town' }, true);
    await town.enroll(desk, { scope: 'unit', unitId: LVDI });
    const admin = await centre.login('admin');
    const unit = await centre.call('reference:saveUnit', { id: null, name: '垃圾分类办', type: 'department', committeeId: null }, admin);
    const rule = await centre.call('reference:saveRoutingRule', { id: null, categoryId: 'cat.ageing.homecare', committeeId: 'cmt.lvdi', unitId: unit.id }, admin);
    const handler = await desk.login('h-lvdi');
    const atDesk = async () => {
      const reference = await desk.call('reference:get', {}, handler);
      return [reference.units.some((u) => u.id === unit.id), reference.routingRules.some((r) => r.id === rule.id && r.unitId === unit.id)];
    };
    await expect.poll(atDesk, { timeout: 20_000, interval: 250 }).toEqual([true, true]);
    await centre.call('reference:deleteRoutingRule', { id: rule.id }, admin);
    await expect.poll(atDesk, { timeout: 20_000, interval: 250 }).toEqual([true, false]);
  }, 60_000);
});

describe('a committee added at the centre', () => {
  it('reaches the unit desk with its own desk unit, and the desk’s open console is told to read the town again', async () => {
    const [centre, desk] = town.seats as [CoreHarness, CoreHarness];
    await town.enroll(centre, { scope: 'town' }, true);
    await town.enroll(desk, { scope: 'unit', unitId: LVDI });
    const handler = await desk.login('h-lvdi');
    const heard: string[] = [];
    const stop = desk.core.subscribe(() => handler, (event) => heard.push(event));
    const admin = await centre.login('admin');
    const { committee, desk: deskUnit } = await centre.call('reference:saveCommittee', { id: null, name: '新行二村', kind: 'village' }, admin);
    await expect
      .poll(async () => {
        const reference = await desk.call('reference:get', {}, handler);
        return [reference.committees.some((c) => c.id === committee.id), reference.units.some((u) => u.id === deskUnit?.id && u.name === '新行二村村委会')];
      }, { timeout: 20_000, interval: 250 })
      .toEqual([true, true]);
    expect(heard).toContain('reference:changed');
    stop();
  }, 60_000);
});
