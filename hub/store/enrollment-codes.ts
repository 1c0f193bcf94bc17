import type { SeatScope } from '../../shared/sync/wire';
import type { Client, Pool } from './db';

export interface EnrollmentGrant {
  readonly townId: string;
  readonly scope: SeatScope;
  readonly admin: boolean;
}

export async function insertEnrollmentCode(db: Pool, codeHash: Buffer, grant: EnrollmentGrant, expiresAt: Date): Promise<void> {
  await db.query({
    name: 'enrollment-codes-insert',
    text: 'INSERT INTO enrollment_codes (code_hash, town_id, scope, unit_id, admin, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
    values: [codeHash, grant.townId, grant.scope.scope, grant.scope.scope === 'unit' ? grant.scope.unitId : null, grant.admin, expiresAt],
  });
}

/**
 * Marks the code used and returns what it grants, in the caller's transaction; a used, expired or
 * unknown code grants nothing. The row lock makes two seats racing for one code: one wins.
 */
export async function claimEnrollmentCode(db: Client, codeHash: Buffer, seatId: string): Promise<EnrollmentGrant | null> {
  const { rows } = await db.query<{ town_id: string; scope: 'town' | 'unit'; unit_id: string | null; admin: boolean }>({
    name: 'enrollment-codes-claim',
    text: `UPDATE enrollment_codes SET used_at = now(), used_by = $2
           WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
           RETURNING town_id, scope, unit_id, admin`,
    values: [codeHash, seatId],
  });
  const r = rows[0];
  if (!r) return null;
  return { townId: r.town_id, scope: r.scope === 'unit' ? { scope: 'unit', unitId: r.unit_id ?? '' } : { scope: 'town' }, admin: r.admin };
}
