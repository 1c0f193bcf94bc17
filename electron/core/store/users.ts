import type { Role, UserProfile } from '../../../shared/reference/types';
import { preparedFor, type DB } from './db';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  unit_id: string | null;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  /** 1: switched off by an administrator; the account stays, since cases name it. */
  disabled: number;
}

/** What the administrator's list of people shows: no password hash ever leaves the core. */
export interface Account extends UserProfile {
  readonly disabled: boolean;
}

export interface NewUser extends UserProfile {
  readonly passwordHash: string;
}

const sql = preparedFor((db) => ({
  insert: db.prepare<[string, string, string, string, string | null, string]>(
    'INSERT INTO users (id, username, display_name, role, unit_id, password_hash) VALUES (?, ?, ?, ?, ?, ?)',
  ),
  byUsername: db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?'),
  byId: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
  list: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY rowid'),
  setFailures: db.prepare<[number, string | null, string]>('UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?'),
  locked: db.prepare<[string], UserRow>('SELECT * FROM users WHERE locked_until > ? ORDER BY username'),
  clearFailures: db.prepare<[string]>('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?'),
}));

export function toProfile(row: UserRow): UserProfile {
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role, unitId: row.unit_id };
}

export function insertUser(db: DB, u: NewUser): void {
  sql(db).insert.run(u.id, u.username, u.displayName, u.role, u.unitId, u.passwordHash);
}

export function findUserByUsername(db: DB, username: string): UserRow | undefined {
  return sql(db).byUsername.get(username);
}

export function findUserById(db: DB, id: string): UserRow | undefined {
  return sql(db).byId.get(id);
}

export function listAccounts(db: DB): Account[] {
  return sql(db)
    .list.all()
    .map((row) => ({ ...toProfile(row), disabled: row.disabled === 1 }));
}

/** The account behind a session is gone, switched off, or no longer what the session says. */
export function accountChanged(db: DB, user: UserProfile): boolean {
  const row = sql(db).byId.get(user.id);
  return !row || row.disabled === 1 || row.role !== user.role || row.unit_id !== user.unitId;
}

export function listUsers(db: DB): UserProfile[] {
  return sql(db).list.all().map(toProfile);
}

/** What one login attempt found when it reserved its place in the account's failure count. */
export type LoginReservation =
  | { readonly user: undefined }
  | { readonly user: UserRow; readonly locked: true }
  | { readonly user: UserRow; readonly locked: false; readonly lockedUntil: string | null };

/** Locked at `now` (an ISO time): too many failed logins, until the lock runs out or an admin lifts it. */
export function isLocked(user: UserRow, now: string): boolean {
  return user.locked_until !== null && user.locked_until > now;
}

/**
 * Counts an attempt as a failure before its password is checked, in one transaction with the
 * lock check: N concurrent guesses count N, however long each hash takes. A correct password
 * clears the count afterwards. An expired lock starts the count again.
 */
export function reserveLoginAttempt(
  db: DB,
  username: string,
  rule: { readonly now: string; readonly maxFailures: number; readonly lockUntil: string },
): LoginReservation {
  // Immediate: the sync worker writes on its own connection, and a read that turns into a write
  // would fail at once (SQLITE_BUSY_SNAPSHOT) if it had committed in between.
  return db.transaction((): LoginReservation => {
    const user = sql(db).byUsername.get(username);
    if (!user) return { user: undefined };
    if (isLocked(user, rule.now)) return { user, locked: true };
    const failures = (user.locked_until === null ? user.failed_logins : 0) + 1;
    const lockedUntil = failures >= rule.maxFailures ? rule.lockUntil : null;
    sql(db).setFailures.run(failures, lockedUntil, user.id);
    return { user, locked: false, lockedUntil };
  }).immediate();
}

export function lockedUsers(db: DB, now: string): Array<UserProfile & { readonly lockedUntil: string }> {
  return sql(db)
    .locked.all(now)
    .map((row) => ({ ...toProfile(row), lockedUntil: row.locked_until ?? now }));
}

/** After a correct password, and when an admin unlocks the account. */
export function clearLoginFailures(db: DB, userId: string): boolean {
  return sql(db).clearFailures.run(userId).changes === 1;
}
