import { randomBytes } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { UserProfile } from '../../../shared/reference/types';
import { RateWindow } from '../api/rate-window';
import type { DB } from '../store/db';
import type { Logger } from '../log';
import { clearLoginFailures, findUserByUsername, isLocked, reserveLoginAttempt, toProfile } from '../store/users';
import { hashPassword, verifyPassword } from './password';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;
/**
 * Failed logins one address may make per lockout period. Two accounts' worth: one client can
 * lock at most two accounts at a time, never every account.
 */
export const MAX_FAILURES_PER_ADDRESS = 2 * MAX_FAILED_LOGINS;
/** Hashes one address may have running at once: a flood of logins cannot fill the thread pool. */
export const MAX_LOGINS_IN_FLIGHT_PER_ADDRESS = 2;

/**
 * Login as a guesser sees it: one answer (`bad_credentials`) for a wrong password, an unknown
 * user and a locked account, each after one full scrypt hash, so nothing tells them apart. The
 * lock is told to the log and the admin screen (`users:locks`), not to the one guessing.
 */
export class LoginGuard {
  private readonly failures = new RateWindow(MAX_FAILURES_PER_ADDRESS, LOCKOUT_MS);
  private readonly inFlight = new Map<string, number>();
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: DB,
    private readonly log: Logger,
    private readonly nowMs: () => number,
  ) {}

  async authenticate(username: string, password: string, now: Date, address: string): Promise<UserProfile> {
    this.admit(address);
    this.inFlight.set(address, (this.inFlight.get(address) ?? 0) + 1);
    try {
      const user = await this.check(username, password, now);
      if (!user) {
        this.failures.take(address, this.nowMs());
        throw new ApiError('bad_credentials');
      }
      return user;
    } finally {
      const left = (this.inFlight.get(address) ?? 1) - 1;
      if (left > 0) this.inFlight.set(address, left);
      else this.inFlight.delete(address);
    }
  }

  logUnlock(userId: string, by: string): void {
    this.log.info({ userId, by }, 'account unlocked by an admin');
  }

  private admit(address: string): void {
    const now = this.nowMs();
    const running = this.inFlight.get(address) ?? 0;
    // Busy hashing this address's other attempts: try again in a moment.
    if (running >= MAX_LOGINS_IN_FLIGHT_PER_ADDRESS) throw new ApiError('rate_limited', { seconds: 1 });
    if (!this.failures.allows(address, now, running)) {
      this.log.warn({ address }, 'login throttled for this address');
      throw new ApiError('rate_limited', { seconds: Math.max(1, Math.ceil(this.failures.retryAfterMs(address, now) / 1000)) });
    }
  }

  private async check(username: string, password: string, now: Date): Promise<UserProfile | null> {
    // The hash starts before the attempt is written down, so the write's fsync runs while the
    // thread pool hashes instead of before it: a known account (whose attempt is written) and an
    // unknown or locked one (nothing written) then cost the same: one full hash.
    const seen = findUserByUsername(this.db, username);
    const hashed = seen !== undefined && !isLocked(seen, now.toISOString()) ? seen.password_hash : await this.dummy();
    const hashing = verifyPassword(password, hashed);
    // Written before the hash's answer is read: concurrent guesses are counted one by one.
    const reservation = reserveLoginAttempt(this.db, username, {
      now: now.toISOString(),
      maxFailures: MAX_FAILED_LOGINS,
      lockUntil: new Date(now.getTime() + LOCKOUT_MS).toISOString(),
    });
    const usable = reservation.user !== undefined && !reservation.locked;
    // The same cost whatever was found: the timing says nothing about the username.
    let matches = await hashing;
    // The account changed between the two reads (the sync worker writes on its own connection):
    // the password is checked against what the attempt was counted for.
    if (usable && reservation.user.password_hash !== hashed) matches = await verifyPassword(password, reservation.user.password_hash);
    if (reservation.user === undefined) return null;
    if (reservation.locked) {
      this.log.warn({ user: reservation.user.username, until: reservation.user.locked_until }, 'login to a locked account refused');
      return null;
    }
    if (!matches) {
      if (reservation.lockedUntil) this.log.warn({ user: reservation.user.username, until: reservation.lockedUntil }, 'account locked after failed logins');
      return null;
    }
    clearLoginFailures(this.db, reservation.user.id);
    // Told apart only after the full hash: to a guesser a switched-off account is a wrong password.
    if (reservation.user.disabled === 1) {
      this.log.warn({ user: reservation.user.username }, 'login to a switched-off account refused');
      return null;
    }
    return toProfile(reservation.user);
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(18).toString('base64'));
    return this.dummyHash;
  }
}
