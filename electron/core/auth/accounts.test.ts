import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type CoreHarness } from '../../../tests/support/core-harness';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
});
afterEach(() => h.close());

const logIn = (username: string, password: string) => h.raw('auth:login', { username, password });
const person = { id: null, username: 'op-zhao', displayName: '赵敏', role: 'operator', unitId: null, password: 'zhao-2026-op' } as const;

describe('the administrator keeps the accounts of the people who log in', () => {
  it('adds a person who can then log in, changes their role, and switches them off', async () => {
    const admin = await h.login('admin');
    const added = await h.call('users:save', person, admin);
    expect((await h.call('users:list', {}, admin)).accounts).toContainEqual(added);
    const token = (await logIn('op-zhao', 'zhao-2026-op')) as { ok: true; value: { token: string } };
    expect(token.ok).toBe(true);

    // A new role ends the session: the person comes back as what they now are; the password is kept.
    await h.call('users:save', { ...person, id: added.id, role: 'dispatcher', password: '' }, admin);
    expect(await h.raw('auth:session', {}, token.value.token)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await logIn('op-zhao', 'zhao-2026-op')).toMatchObject({ ok: true, value: { user: { role: 'dispatcher' } } });

    await h.call('users:setDisabled', { userId: added.id, disabled: true }, admin);
    expect(await logIn('op-zhao', 'zhao-2026-op')).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    await h.call('users:setDisabled', { userId: added.id, disabled: false }, admin);
    expect(await logIn('op-zhao', 'zhao-2026-op')).toMatchObject({ ok: true });
  });

  it('refuses a taken username, a short password, a handler without a unit and switching oneself off, with codes', async () => {
    const admin = await h.login('admin');
    expect(await h.raw('users:save', { ...person, username: 'op01' }, admin)).toMatchObject({ ok: false, error: { code: 'username_taken', field: 'username' } });
    expect(await h.raw('users:save', { ...person, password: 'short' }, admin)).toMatchObject({ ok: false, error: { code: 'password_too_short' } });
    expect(await h.raw('users:save', { ...person, role: 'handler' }, admin)).toMatchObject({ ok: false, error: { code: 'unknown_reference', field: 'unitId' } });
    const me = (await h.call('auth:session', {}, admin)).user.id;
    expect(await h.raw('users:setDisabled', { userId: me, disabled: true }, admin)).toMatchObject({ ok: false, error: { code: 'own_account' } });
    expect(await h.raw('users:save', person, await h.login('sup01'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await h.call('users:list', {}, admin)).accounts.some((a) => a.username === 'op-zhao')).toBe(false);
  });

  it('never hands out a password hash', async () => {
    const admin = await h.login('admin');
    const listed = JSON.stringify(await h.call('users:list', {}, admin));
    expect(listed).not.toMatch(/scrypt|passwordHash|password_hash/);
  });
});
