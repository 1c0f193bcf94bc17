import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import { openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { MAX_FAILURES_PER_ADDRESS } from './login';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
});
afterEach(() => h.close());

let id = 10_000;
const login = (username: string, password: string, address: string): Promise<ApiResult<unknown>> =>
  h.core.call({ id: id++, method: 'auth:login', input: { username, password }, session: null, lang: 'en' }, { address });

const codeOf = (r: ApiResult<unknown>) => (r.ok ? 'ok' : r.error.code);

describe('login under attack', () => {
  it('counts concurrent wrong guesses one by one: a burst then the right password is refused', async () => {
    // From many addresses at once, so the per-address throttle is not what stops them.
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => login('op02', `guess-${i}`, `10.0.0.${i}`)));
    expect(new Set(burst.map(codeOf))).toEqual(new Set(['bad_credentials']));
    expect(codeOf(await login('op02', 'demo-op02', '10.0.1.1'))).toBe('bad_credentials');
    const admin = await h.login('admin');
    const { locked } = await h.call('users:locks', {}, admin);
    expect(locked.map((u) => u.username)).toEqual(['op02']);
  });

  it('answers a wrong password, an unknown user and a locked account alike, in the same time', async () => {
    const time = async (username: string) => {
      const start = performance.now();
      const result = await login(username, 'wrong-password', '10.0.2.1');
      return { ms: performance.now() - start, result };
    };
    await time('warm-up');
    const known = await time('op01');
    const unknown = await time('nobody-here');
    for (let i = 0; i < 4; i++) await login('disp01', 'wrong', `10.0.3.${i}`);
    const locked = await time('disp01');
    for (const r of [known, unknown, locked]) {
      expect(r.result).toEqual({ ok: false, error: { code: 'bad_credentials', message: 'Wrong username or password.' } });
    }
    // scrypt costs ~50-150 ms here; before, an unknown user answered in ~1 ms.
    expect(unknown.ms).toBeGreaterThan(known.ms / 3);
    expect(locked.ms).toBeGreaterThan(known.ms / 3);
  });

  it('throttles one address before it can lock every account', async () => {
    const users = ['op01', 'op02', 'disp01', 'sup01', 'h-lvdi'];
    const codes: string[] = [];
    for (const username of users) for (let i = 0; i < 5; i++) codes.push(codeOf(await login(username, 'guess', '10.0.4.1')));
    expect(codes.filter((c) => c === 'bad_credentials')).toHaveLength(MAX_FAILURES_PER_ADDRESS);
    expect(codes.slice(MAX_FAILURES_PER_ADDRESS).every((c) => c === 'rate_limited')).toBe(true);
    // The accounts it did not reach still log in, from elsewhere.
    expect(codeOf(await login('sup01', 'demo-sup01', '10.0.4.2'))).toBe('ok');
    const refused = await login('op01', 'x', '10.0.4.1');
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited', message: expect.stringMatching(/wait \d+ s/) } });
  });

  it('lets only an admin unlock an account, which then logs in again', async () => {
    for (let i = 0; i < 5; i++) await login('op02', 'guess', '10.0.5.1');
    expect(codeOf(await login('op02', 'demo-op02', '10.0.5.2'))).toBe('bad_credentials');
    const op = await h.login('op01');
    expect(await h.raw('users:unlock', { userId: 'user.op02' }, op)).toMatchObject({ error: { code: 'forbidden' } });
    const admin = await h.login('admin');
    await h.call('users:unlock', { userId: 'user.op02' }, admin);
    expect((await h.call('users:locks', {}, admin)).locked).toEqual([]);
    expect(codeOf(await login('op02', 'demo-op02', '10.0.5.2'))).toBe('ok');
  });

  it('keeps other calls and a real login from elsewhere quick while a flood of logins hashes', async () => {
    const op = await h.login('op01');
    let start = performance.now();
    expect(codeOf(await login('disp01', 'demo-disp01', '10.0.6.3'))).toBe('ok');
    const alone = performance.now() - start;
    const flood = Array.from({ length: 40 }, (_, i) => login('op02', `flood-${i}`, '10.0.6.1'));
    start = performance.now();
    await h.call('reference:get', {}, op);
    const call = performance.now() - start;
    start = performance.now();
    const real = await login('sup01', 'demo-sup01', '10.0.6.2');
    const realLogin = performance.now() - start;
    await Promise.all(flood);
    expect(codeOf(real)).toBe('ok');
    expect(call).toBeLessThan(500);
    // Before, a flood queued every hash on the thread pool and a real login waited ~7 s (50 times
    // its cost); now the flood runs at most two hashes beside it.
    expect(realLogin).toBeLessThan(alone * 5 + 200);
  });
});
