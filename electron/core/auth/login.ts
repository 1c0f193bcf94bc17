import { ApiError } from '../../../shared/api/errors';
import type { UserProfile } from '../../../shared/reference/types';
import type { DB } from '../store/db';
import { clearLoginFailures, findUserByUsername, recordLoginFailure, toProfile } from '../store/users';
import { verifyPassword } from './password';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

/** Checks a username and password; five failures in a row lock the account for 15 minutes. */
export async function authenticate(db: DB, username: string, password: string, now: Date): Promise<UserProfile> {
  const user = findUserByUsername(db, username);
  if (!user) throw new ApiError('bad_credentials');
  const lockExpired = user.locked_until !== null && user.locked_until <= now.toISOString();
  if (user.locked_until && !lockExpired) throw new ApiError('account_locked', { until: user.locked_until });
  if (!(await verifyPassword(password, user.password_hash))) {
    const failures = (lockExpired ? 0 : user.failed_logins) + 1;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
    recordLoginFailure(db, user.id, lockedUntil);
    throw new ApiError('bad_credentials');
  }
  clearLoginFailures(db, user.id);
  return toProfile(user);
}
