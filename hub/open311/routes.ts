import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Pool } from '../store/db';
import { open311Towns, type Open311Client, type Open311Town } from '../store/open311-clients';
import { caseIdOfToken, publicCaseEvents, publicCases } from '../store/open311-requests';
import { clientOfKey } from './api-keys';
import { fileRequest } from './file-request';
import { publicRequest } from './public-request';
import { dateRange, ids, maxResults, param, requestFilter, type Query } from './read-query';
import { classifyOpen311, formatOfUrl, Open311Error, send, sendOpen311Error, splitFile } from './reply';
import { readRequestInput } from './request-input';
import { loadTownReference, serviceDefinition, serviceList } from './town-reference';
import { requestUpdates, updateEventTypes } from './updates';

export interface Open311Options {
  readonly pool: Pool;
  /** POSTs per minute per api_key: one misbehaving app cannot flood a town's dispatchers. */
  readonly postsPerMinute: number;
}

/** A form body stays small: a 4,000-character description and a few attributes fit many times over. */
const formBodyLimit = 64 * 1024;
const changeset = '2026-12-01T00:00:00+08:00';

/** jurisdiction_id is the town; it may be left out only where the hub serves one town. */
async function townOf(pool: Pool, q: Query): Promise<Open311Town> {
  const towns = await open311Towns(pool);
  const id = param(q, 'jurisdiction_id', 64);
  if (id !== null) {
    const town = towns.get(id);
    if (!town) throw new Open311Error(404, `Unknown jurisdiction_id ${id}`);
    return town;
  }
  const [only, ...more] = towns.values();
  if (!only || more.length > 0) throw new Open311Error(400, 'jurisdiction_id is required: this hub serves several towns');
  return only;
}

function form(request: FastifyRequest): URLSearchParams {
  const body = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
  // GeoReport clients also put api_key or jurisdiction_id in the query string; the body wins.
  for (const [k, v] of Object.entries(request.query as Query)) if (typeof v === 'string' && !body.has(k)) body.append(k, v);
  return body;
}

function fileOf(request: FastifyRequest): ReturnType<typeof splitFile> {
  return splitFile((request.params as { file: string }).file);
}

/** GeoReport v2 under /open311/v2, with the servicerequestupdates extension; errors as the spec says. */
export async function open311Routes(app: FastifyInstance, options: Open311Options): Promise<void> {
  const { pool } = options;
  // GeoReport v2 POSTs are forms; anything else is refused before a route sees it.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: formBodyLimit }, (_req, body, done) => {
    done(null, new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8')));
  });
  app.setErrorHandler((err, request, reply) => {
    const { status, description } = classifyOpen311(err);
    void sendOpen311Error(reply, formatOfUrl(request.url), status, description);
  });
  app.setNotFoundHandler((request, reply) => void sendOpen311Error(reply, formatOfUrl(request.url), 404, 'No such GeoReport v2 resource'));

  app.get('/:file', async (request, reply) => {
    const { name, format } = fileOf(request);
    const q = request.query as Query;
    switch (name) {
      case 'discovery': {
        const url = `${request.protocol}://${request.host}/open311/v2`;
        const endpoint = { specification: 'http://wiki.open311.org/GeoReport_v2', url, changeset, type: 'production', formats: ['text/xml', 'application/json'] };
        const body = { changeset, contact: '12345 市民服务热线', key_service: 'API keys are issued by the hub administrator of each town', endpoints: [endpoint] };
        return send(reply, format, 'discovery', body);
      }
      case 'services':
        return send(reply, format, 'services', serviceList(await loadTownReference(pool, (await townOf(pool, q)).id)));
      case 'requests': {
        const town = await townOf(pool, q);
        const [rows, ref] = await Promise.all([publicCases(pool, requestFilter(q, town, new Date())), loadTownReference(pool, town.id)]);
        return send(reply, format, 'service_requests', rows.map((r) => publicRequest(r, ref)));
      }
      case 'servicerequestupdates': {
        const town = await townOf(pool, q);
        const { start, end } = dateRange(q, new Date());
        const filter = { townId: town.id, publishPhoneCases: town.publishPhoneCases, ids: ids(q), types: updateEventTypes, start, end, limit: maxResults };
        const [rows, ref] = await Promise.all([publicCaseEvents(pool, filter), loadTownReference(pool, town.id)]);
        return send(reply, format, 'service_requests_updates', requestUpdates(rows, ref));
      }
      default:
        throw new Open311Error(404, `No such GeoReport v2 resource ${name}`);
    }
  });

  app.get('/services/:file', async (request, reply) => {
    const { name, format } = fileOf(request);
    const ref = await loadTownReference(pool, (await townOf(pool, request.query as Query)).id);
    if (!ref.leaves.has(name)) throw new Open311Error(404, `Unknown service_code ${name}`);
    return send(reply, format, 'service_definition', serviceDefinition(name));
  });

  app.get('/requests/:file', async (request, reply) => {
    const { name, format } = fileOf(request);
    const q = request.query as Query;
    const town = await townOf(pool, q);
    const [rows, ref] = await Promise.all([publicCases(pool, { ...requestFilter({}, town, new Date()), ids: [name] }), loadTownReference(pool, town.id)]);
    if (rows.length === 0) throw new Open311Error(404, `Unknown service_request_id ${name}`);
    return send(reply, format, 'service_requests', rows.map((r) => publicRequest(r, ref)));
  });

  app.get('/tokens/:file', async (request, reply) => {
    const { name, format } = fileOf(request);
    const town = await townOf(pool, request.query as Query);
    const caseId = await caseIdOfToken(pool, town.id, name);
    if (!caseId) throw new Open311Error(404, `Unknown token ${name}`);
    return send(reply, format, 'service_requests', [{ service_request_id: caseId, token: name }]);
  });

  // The client behind a POST, looked up once by the rate limiter and reused by the route.
  const clients = new WeakMap<FastifyRequest, Open311Client | null>();
  const perKey = {
    max: options.postsPerMinute,
    timeWindow: 60_000,
    // After the body is read, so the bucket is the client's: apps behind one address do not starve each
    // other, and made-up keys share their address's bucket instead of each getting a fresh one.
    hook: 'preHandler' as const,
    keyGenerator: async (request: FastifyRequest) => {
      const client = await clientOfKey(pool, form(request).get('api_key')).catch(() => null);
      clients.set(request, client);
      return client ? `open311:${client.id}` : `open311-ip:${request.ip}`;
    },
  };
  app.post('/:file', { config: { rateLimit: perKey } }, async (request, reply) => {
    const { name, format } = fileOf(request);
    if (name !== 'requests') throw new Open311Error(404, `No such GeoReport v2 resource ${name}`);
    const fields = form(request);
    const client = clients.get(request) ?? (await clientOfKey(pool, fields.get('api_key')));
    const input = readRequestInput(fields);
    if (input.jurisdictionId !== null && input.jurisdictionId !== client.townId) throw new Open311Error(403, 'This api_key is not valid for that jurisdiction_id');
    const town = (await open311Towns(pool)).get(client.townId);
    if (!town) throw new Open311Error(403, 'A valid api_key is required');
    const filed = await fileRequest(pool, client, town, await loadTownReference(pool, town.id), input);
    const notice = filed.mainCaseId ? `此问题已有人反映，已并入 ${filed.mainCaseId} 一并办理` : '已受理，将按时限答复';
    const body = [{ service_request_id: filed.caseId, token: filed.token, service_notice: notice, account_id: input.accountId ?? undefined }];
    return send(reply, format, 'service_requests', body);
  });
}
