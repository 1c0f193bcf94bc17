import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  EnrollCodeRequest,
  EnrollRequest,
  MAX_PULL_ITEMS,
  MAX_PUSH_BYTES,
  PushRequest,
  SYNC_PROTOCOL_VERSION,
  type Health,
} from '../../shared/sync/wire';
import { createEnrollmentCode, enrollSeat } from '../enroll/enroll';
import { open311Routes } from '../open311/routes';
import type { Pool } from '../store/db';
import { revokeSeat } from '../store/seats';
import { pullPage, pullResponseJson } from '../sync/pull';
import { ingestPush } from '../sync/push';
import { authenticate, requireAdmin } from './authenticate';
import { FailedAuthLimit } from './failed-auth-limit';
import { classify, HubRequestError, sendError } from './errors';

export interface HubOptions {
  readonly pool: Pool;
  readonly version: string;
  /** Requests per minute per credential (or per address without one); enrollment gets a tenth. */
  readonly rateLimitPerMinute?: number;
  /** Open311 POSTs per minute per api_key. */
  readonly open311PostsPerMinute?: number;
  /** The clock pushes are checked against (skew, future dates): tests set it off to play a skewed seat. */
  readonly nowMs?: () => number;
  /** A town's pushes that may wait in this process, in events, before a push is answered 503 busy (hub/sync/push.ts). */
  readonly maxWaitingPushEvents?: number;
}

const PullQuery = z.object({
  after: z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_ITEMS).default(MAX_PULL_ITEMS),
});

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new HubRequestError('bad_request', issue ? `${issue.path.join('.')}: ${issue.message}` : 'Bad request');
  }
  return result.data;
}

/** A newer seat speaks a protocol this hub does not: said plainly, so the seat can tell its user to wait for the update. */
function checkProtocol(body: unknown): void {
  const protocol = typeof body === 'object' && body !== null ? (body as { protocol?: unknown }).protocol : undefined;
  if (typeof protocol === 'number' && protocol !== SYNC_PROTOCOL_VERSION) {
    throw new HubRequestError('protocol_unsupported', `This hub speaks sync protocol ${SYNC_PROTOCOL_VERSION}, not ${protocol}`);
  }
}

export async function buildHub(options: HubOptions): Promise<FastifyInstance> {
  const { pool } = options;
  const perMinute = options.rateLimitPerMinute ?? 1200;
  const failures = new FailedAuthLimit(Math.max(1, Math.floor(perMinute / 10)));
  const app = Fastify({ bodyLimit: MAX_PUSH_BYTES, logger: false, return503OnClosing: true, forceCloseConnections: true });

  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    // A credential is its own bucket, so seats behind one address (a town hall's NAT) do not starve each other.
    keyGenerator: (req) => req.headers.authorization?.slice(-24) ?? req.ip,
    errorResponseBuilder: () => Object.assign(new Error('rate limited'), { statusCode: 429 }),
  });

  app.setErrorHandler((err, _request, reply) => {
    const { code, message, retryAfterSeconds } = classify(err);
    void sendError(reply, code, message, retryAfterSeconds ?? null);
  });
  app.setNotFoundHandler((_request, reply) => void sendError(reply, 'not_found', 'No such endpoint'));

  await app.register(open311Routes, { prefix: '/open311/v2', pool, postsPerMinute: options.open311PostsPerMinute ?? 60 });

  app.get('/v1/health', async (_request, reply) => {
    const hubTime = new Date().toISOString();
    const ok = await pool.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const body: Health = { ok, version: options.version, hubTime };
    return reply.code(ok ? 200 : 503).send(body);
  });

  app.post('/v1/seats/enroll', { config: { rateLimit: { max: Math.max(1, Math.floor(perMinute / 10)), keyGenerator: (req) => req.ip } } }, async (request) => {
    return enrollSeat(pool, parse(EnrollRequest, request.body));
  });

  app.post('/v1/sync/push', async (request) => {
    const seat = await authenticate(pool, request, failures);
    checkProtocol(request.body);
    return ingestPush(pool, seat, parse(PushRequest, request.body), options.nowMs?.(), options.maxWaitingPushEvents);
  });

  app.get('/v1/sync/pull', async (request, reply) => {
    const seat = await authenticate(pool, request, failures);
    const { after, limit } = parse(PullQuery, request.query);
    const page = await pullPage(pool, seat, after, limit);
    return reply.type('application/json; charset=utf-8').send(pullResponseJson(page, new Date().toISOString()));
  });

  app.post('/v1/admin/enrollment-codes', async (request) => {
    const seat = await authenticate(pool, request, failures);
    requireAdmin(seat);
    const { scope, admin } = parse(EnrollCodeRequest, request.body);
    return createEnrollmentCode(pool, { townId: seat.townId, scope, admin });
  });

  app.post('/v1/admin/seats/:seatCode/revoke', async (request) => {
    const seat = await authenticate(pool, request, failures);
    requireAdmin(seat);
    const { seatCode } = parse(z.object({ seatCode: z.string().regex(/^[A-Z0-9]{2,8}$/) }), request.params);
    if (!(await revokeSeat(pool, seat.townId, seatCode))) throw new HubRequestError('not_found', `No active seat ${seatCode}`);
    return { revoked: true };
  });

  return app;
}
