import type { FastifyRequest } from 'fastify';
import { hashSecret } from '../auth/tokens';
import type { Pool } from '../store/db';
import { seatByCredential, type SeatRow } from '../store/seats';
import { HubRequestError } from './errors';
import type { FailedAuthLimit } from './failed-auth-limit';

const bearer = /^Bearer ([A-Za-z0-9_-]{32,128})$/;

/** The seat behind the request's credential; looked up every time, so revocation is immediate. */
export async function authenticate(pool: Pool, request: FastifyRequest, failures: FailedAuthLimit): Promise<SeatRow> {
  if (failures.blocked(request.ip)) throw new HubRequestError('rate_limited', 'Too many failed credentials from this address');
  const match = bearer.exec(request.headers.authorization ?? '');
  const seat = match?.[1] ? await seatByCredential(pool, hashSecret(match[1], 'credential')) : null;
  if (!seat) {
    failures.fail(request.ip);
    throw new HubRequestError('unauthenticated', 'A valid seat credential is required');
  }
  return seat;
}

export function requireAdmin(seat: SeatRow): void {
  if (!seat.admin) throw new HubRequestError('forbidden', 'Only an admin seat may do this');
}
