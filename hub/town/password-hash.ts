import { randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify<string, Buffer, number, { N: number; r: number; p: number; maxmem: number }, Buffer>(scrypt);

/**
 * The seats' password-hash format (`scrypt$N$r$p$salt$hash`, NFKC-normalised), so a user the hub
 * seeds can log in at any seat offline. The hub only ever makes hashes; the seats verify them.
 */
export async function seatPasswordHash(password: string): Promise<string> {
  const [N, r, p] = [1 << 15, 8, 1];
  const salt = randomBytes(16);
  const key = await scryptAsync(password.normalize('NFKC'), salt, 32, { N, r, p, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}
