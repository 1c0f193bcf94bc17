import { describe, expect, it } from 'vitest';
import type { CoreHarness } from '../support/core-harness';
import { useSeatsOnRealHub } from '../support/seats-on-real-hub';

/** The centre's admin seat (GH01) and 绿地居委's desk (GH07), on a real hub on a throwaway PostgreSQL. */
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

    await centre.call('users:setDisabled', { userId: added.id, disabled: true }, admin);
    await expect
      .poll(async () => (await logIn(desk, 'h-lvdi-wang', 'lvdi-2026-wang')).ok === false, { timeout: 20_000, interval: 250 })
      .toBe(true);
    expect(await logIn(desk, 'h-lvdi-wang', 'lvdi-2026-wang')).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
  }, 60_000);
});
