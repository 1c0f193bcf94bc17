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
  recordFailure: db.prepare<[string | null, string]>(
    'UPDATE users SET failed_logins = failed_logins + 1, locked_until = ? WHERE id = ?',
  ),
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

export function listUsers(db: DB): UserProfile[] {
  return sql(db).list.all().map(toProfile);
}

export function recordLoginFailure(db: DB, userId: string, lockedUntil: string | null): void {
  sql(db).recordFailure.run(lockedUntil, userId);
}

export function clearLoginFailures(db: DB, userId: string): void {
  sql(db).clearFailures.run(userId);
}
