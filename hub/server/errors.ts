import type { FastifyReply } from 'fastify';
import type { HubError } from '../../shared/sync/wire';
import { EnrollmentError } from '../enroll/enroll';

type Code = HubError['error']['code'];

const statusOf: Record<Code, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  invalid_code: 403,
  seat_code_taken: 409,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  protocol_unsupported: 409,
  unavailable: 503,
  busy: 503,
  internal: 500,
};

/** Thrown in a route, answered as `{ error: { code, message } }` with the matching status. */
export class HubRequestError extends Error {
  constructor(
    readonly code: Code,
    message: string,
    /** Sent as Retry-After: when the seat may come back (its sync worker waits at least this long). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

function errorBody(code: Code, message: string): HubError {
  return { error: { code, message: message.slice(0, 500) } };
}

export function sendError(reply: FastifyReply, code: Code, message: string, retryAfterSeconds: number | null = null): FastifyReply {
  if (retryAfterSeconds !== null) void reply.header('retry-after', String(retryAfterSeconds));
  return reply.code(statusOf[code]).send(errorBody(code, message));
}

/** Fastify's own errors (body too large, bad JSON, wrong media type) and everything else, as coded errors. */
export function classify(err: unknown): { code: Code; message: string; retryAfterSeconds?: number | null } {
  if (err instanceof HubRequestError) return { code: err.code, message: err.message, retryAfterSeconds: err.retryAfterSeconds };
  if (err instanceof EnrollmentError) return { code: err.code, message: err.message };
  const e = err as { code?: unknown; statusCode?: unknown; message?: unknown };
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { code: 'payload_too_large', message: 'The request body is too large' };
  if (e.statusCode === 429) return { code: 'rate_limited', message: 'Too many requests: slow down' };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return { code: 'bad_request', message: typeof e.message === 'string' ? e.message : 'Bad request' };
  }
  if (e.code === 'ECONNREFUSED' || e.code === '57P01' || e.code === '53300') return { code: 'unavailable', message: 'The database is unavailable' };
  return { code: 'internal', message: 'Internal error' };
}
