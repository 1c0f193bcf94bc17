import { createHash, randomBytes } from 'node:crypto';

/** A seat's credential: 32 random bytes. High entropy, so one SHA-256 is enough to store it safely. */
export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A one-time enrollment code an admin reads out or pastes: 80 random bits, no look-alike letters. */
export function newEnrollmentCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => codeAlphabet[b % 32]).join('');
  return chars.match(/.{4}/g)?.join('-') ?? chars;
}

/** Codes are compared as typed by a person: case and dashes do not matter. */
export function hashSecret(secret: string, kind: 'credential' | 'code' | 'api_key'): Buffer {
  const normal = kind === 'code' ? secret.toUpperCase().replace(/[^0-9A-Z]/g, '') : secret;
  return createHash('sha256').update(`${kind}:${normal}`).digest();
}
