import { randomUUID } from 'node:crypto';
import type { EnrollCodeResponse, EnrollRequest, EnrollResponse, SeatScope } from '../../shared/sync/wire';
import { newCredential, newEnrollmentCode, hashSecret } from '../auth/tokens';
import { inTransaction, pgErrorCode, type Client, type Pool } from '../store/db';
import { claimEnrollmentCode, insertEnrollmentCode, type EnrollmentGrant } from '../store/enrollment-codes';
import { referenceExists } from '../store/reference';
import { insertSeat, seatCodeTaken } from '../store/seats';
import { isStorable } from '../store/storable-text';
import { takeSeatCode, townExists, townSeatPrefix } from '../store/towns';
import { open311SeatCode } from '../open311/file-request';

/** A code not used within a day must be made again: a code read out over the phone should not linger. */
export const ENROLLMENT_CODE_TTL_MS = 24 * 60 * 60 * 1000;

export class EnrollmentError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid_code' | 'seat_code_taken' | 'bad_request',
    message: string,
  ) {
    super(message);
  }
}

function describeScope(scope: SeatScope): string {
  return scope.scope === 'unit' ? `unit ${scope.unitId}` : 'town';
}

export async function createEnrollmentCode(pool: Pool, grant: EnrollmentGrant, nowMs = Date.now()): Promise<EnrollCodeResponse> {
  if (!(await townExists(pool, grant.townId))) throw new EnrollmentError('not_found', `No town ${grant.townId}`);
  if (grant.scope.scope === 'unit' && !(await referenceExists(pool, grant.townId, 'unit', grant.scope.unitId))) {
    throw new EnrollmentError('not_found', `No ${describeScope(grant.scope)} in town ${grant.townId}`);
  }
  const code = newEnrollmentCode();
  const expiresAt = new Date(nowMs + ENROLLMENT_CODE_TTL_MS);
  await insertEnrollmentCode(pool, hashSecret(code, 'code'), grant, expiresAt);
  return { code, expiresAt: expiresAt.toISOString() };
}

/**
 * Trades a one-time code for a seat and its credential; the hub keeps only the credential's hash.
 * A seat that asks for its own code keeps it: its events and case numbers already carry it.
 */
export async function enrollSeat(pool: Pool, request: EnrollRequest): Promise<EnrollResponse> {
  if (!isStorable(JSON.stringify(request.label))) throw new EnrollmentError('bad_request', 'The label holds characters that cannot be stored');
  const seatId = randomUUID();
  const credential = newCredential();
  try {
    return await inTransaction(pool, async (db) => {
      const grant = await claimEnrollmentCode(db, hashSecret(request.code, 'code'), seatId);
      if (!grant) throw new EnrollmentError('invalid_code', 'The enrollment code is unknown, used or expired');
      const seatCode = request.seatCode ?? (await nextFreeSeatCode(db, grant.townId));
      if (request.seatCode && ((await seatCodeTaken(db, seatCode)) || seatCode === open311SeatCode({ seatPrefix: await townSeatPrefix(db, grant.townId) }))) {
        throw seatCodeTakenError(seatCode);
      }
      const seat = { id: seatId, townId: grant.townId, seatCode, label: request.label, scope: grant.scope, admin: grant.admin };
      await insertSeat(db, seat, hashSecret(credential, 'credential'));
      return { seatId, seatCode, townId: grant.townId, scope: grant.scope, admin: grant.admin, credential };
    });
  } catch (error) {
    // Two seats asking for one code at the same moment: the unique index decides, the loser is told plainly.
    if (request.seatCode && pgErrorCode(error) === '23505') throw seatCodeTakenError(request.seatCode);
    throw error;
  }
}

function seatCodeTakenError(seatCode: string): EnrollmentError {
  return new EnrollmentError('seat_code_taken', `Seat code ${seatCode} is held by another seat; start this seat with another code`);
}

/** The town's next number whose code no seat holds yet: a seat may have asked for GH03 before GH03's turn. */
async function nextFreeSeatCode(db: Client, townId: string): Promise<string> {
  for (;;) {
    const code = await takeSeatCode(db, townId);
    if (!(await seatCodeTaken(db, code))) return code;
  }
}
