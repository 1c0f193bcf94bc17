import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../electron/core/auth/password';
import { seatPasswordHash } from '../../hub/town/password-hash';

/** The hub makes the password hashes seats log users in with, offline: the two must agree on the format. */
describe('password hashes the hub seeds', () => {
  it('verify at a seat with the right password only', async () => {
    const hash = await seatPasswordHash('demo-h-lvdi');
    expect(await verifyPassword('demo-h-lvdi', hash)).toBe(true);
    expect(await verifyPassword('demo-h-lvdj', hash)).toBe(false);
  });
});
