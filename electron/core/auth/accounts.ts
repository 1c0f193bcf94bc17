import { ApiError } from '../../../shared/api/errors';
import type { UserProfile } from '../../../shared/reference/types';
import type { CoreContext } from '../context';
import { writeTransaction } from '../store/db';
import { unitExists } from '../store/reference';
import { applyToLiveTables, type UserRecord } from '../store/reference-live';
import { findUserById, findUserByUsername, type Account } from '../store/users';
import { recordReferenceEdit } from '../sync/reference-edit';
import type { SessionStore } from './sessions';
import { hashPassword } from './password';

/** Shorter passwords are refused: an account at a seat guards citizens' names and phones. */
export const MIN_PASSWORD_LENGTH = 8;

export interface AccountInput {
  readonly id: string | null;
  readonly username: string;
  readonly displayName: string;
  readonly role: UserProfile['role'];
  readonly unitId: string | null;
  /** '' keeps the current password; a new account needs one. */
  readonly password: string;
}

function toAccount(r: UserRecord): Account {
  return { id: r.id, username: r.username, displayName: r.displayName, role: r.role, unitId: r.unitId, disabled: r.disabled ?? false };
}

/**
 * The administrator adds a person or changes one: who they are, their role and unit, a new
 * password. The account is a user record of the reference stream (like a policy edit, it syncs
 * from an admin seat to the hub and every seat, so the person logs in anywhere, also offline).
 * Their open sessions end: they come back as what they now are.
 */
export async function saveAccount(ctx: CoreContext, sessions: SessionStore, input: AccountInput): Promise<Account> {
  const current = input.id === null ? undefined : findUserById(ctx.db, input.id);
  if (input.id !== null && !current) throw new ApiError('not_found', { what: input.id }, 'id');
  if (input.role === 'handler' ? input.unitId === null || !unitExists(ctx.db, input.unitId) : input.unitId !== null) {
    throw new ApiError('unknown_reference', { field: 'unitId', value: input.unitId ?? '' }, 'unitId');
  }
  if ((current === undefined || input.password !== '') && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new ApiError('password_too_short', { min: MIN_PASSWORD_LENGTH }, 'password');
  }
  // Hashed before the transaction: scrypt takes ~100 ms, which no write should wait on.
  const passwordHash = input.password === '' && current ? current.password_hash : await hashPassword(input.password);
  const account = writeTransaction(ctx.db, (db) => {
    const holder = findUserByUsername(db, input.username);
    if (holder && holder.id !== input.id) throw new ApiError('username_taken', { username: input.username }, 'username');
    const id = input.id ?? `user.${ctx.newId().toLowerCase()}`;
    const record: UserRecord = {
      id,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      unitId: input.unitId,
      passwordHash,
      disabled: current?.disabled === 1,
    };
    applyToLiveTables(db, recordReferenceEdit({ db, hlc: ctx.hlc }, 'user', id, record));
    sessions.closeAllOf(id);
    return toAccount(record);
  }).immediate();
  ctx.publish('reference:changed', {});
  return account;
}

/** Switches an account off (a person who left) or on again; the account and its history stay. */
export function setAccountDisabled(ctx: CoreContext, sessions: SessionStore, actor: UserProfile, userId: string, disabled: boolean): Account {
  // An administrator who switched themself off could not switch anyone back on at this seat.
  if (disabled && userId === actor.id) throw new ApiError('own_account', {}, 'userId');
  const account = writeTransaction(ctx.db, (db) => {
    const row = findUserById(db, userId);
    if (!row) throw new ApiError('not_found', { what: userId }, 'userId');
    const record: UserRecord = {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      unitId: row.unit_id,
      passwordHash: row.password_hash,
      disabled,
    };
    applyToLiveTables(db, recordReferenceEdit({ db, hlc: ctx.hlc }, 'user', row.id, record));
    sessions.closeAllOf(row.id);
    return toAccount(record);
  }).immediate();
  ctx.publish('reference:changed', {});
  return account;
}
