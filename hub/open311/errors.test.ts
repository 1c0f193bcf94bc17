import { describe, expect, it } from 'vitest';
import { Errors, xmlAsPlain } from '../testing/georeport-schemas';
import { startOpen311Hub } from '../testing/open311-client';
import { DEMO_TOWN_ID } from '../town/seed-demo-town';
import { createApiKey, revokeApiKey } from './api-keys';
import { lvdiPoint, useOpen311Hub } from './open311-test-setup';

const ctx = useOpen311Hub();

/** A GeoReport error: the status, and the same code in a `[{code, description}]` body; never a stack trace. */
function expectError(res: { status: number; text: string; json: unknown }, status: number, about?: RegExp) {
  expect(res.status, res.text).toBe(status);
  const [error] = Errors.parse(res.json ?? JSON.parse(res.text));
  expect(error?.code).toBe(status);
  if (about) expect(error?.description).toMatch(about);
  expect(res.text).not.toMatch(/\.ts:\d+|\n\s+at /);
}

const valid = () => ({ api_key: ctx.key, service_code: 'cat.env.garbage', ...lvdiPoint, description: '垃圾没人收' });

describe('Open311 errors', () => {
  it('403 for a missing, wrong or revoked api_key, before anything else is checked', async () => {
    expectError(await ctx.hub.post('requests.json', { service_code: 'cat.env.garbage' }), 403, /api_key/);
    expectError(await ctx.hub.post('requests.json', { ...valid(), api_key: 'x'.repeat(43) }), 403);
    await revokeApiKey(ctx.pool, 'demo-app');
    expectError(await ctx.hub.post('requests.json', valid()), 403);
  });

  it('400 for bad input: no service_code, no location, a required attribute missing or wrong, too long a text, nowhere in town', async () => {
    const { service_code: _, ...noService } = valid();
    expectError(await ctx.hub.post('requests.json', noService), 400, /service_code/);
    expectError(await ctx.hub.post('requests.json', { api_key: ctx.key, service_code: 'cat.env.garbage' }), 400, /location/);
    const lift = { ...valid(), service_code: 'cat.housing.lift' };
    expectError(await ctx.hub.post('requests.json', lift), 400, /attribute\[floor\] is required/);
    expectError(await ctx.hub.post('requests.json', { ...lift, 'attribute[floor]': 'seven' }), 400, /number/);
    expectError(await ctx.hub.post('requests.json', { ...lift, 'attribute[floor]': '3', 'attribute[since][]': ['today', 'week'] }), 400, /one value/);
    expectError(await ctx.hub.post('requests.json', { ...lift, 'attribute[floor]': '3', 'attribute[colour]': 'red' }), 400, /colour/);
    expectError(await ctx.hub.post('requests.json', { ...valid(), description: '长'.repeat(4001) }), 400, /description/);
    expectError(await ctx.hub.post('requests.json', { ...valid(), lat: '31.23', long: '121.47' }), 400, /committee/);
    expectError(await ctx.hub.post('requests.json', { ...valid(), lat: 'north' }), 400, /lat/);
    expectError(await ctx.hub.post('requests.json', { ...valid(), description: 'a\u0000b' }), 400, /NUL/);
  });

  it('400 for a bad read: a range over 90 days, an unknown status, a malformed date, a repeated parameter', async () => {
    expectError(await ctx.hub.get('requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z'), 400, /90 days/);
    expectError(await ctx.hub.get('requests.json?status=pending'), 400, /status/);
    expectError(await ctx.hub.get('requests.json?start_date=yesterday'), 400, /W3C/);
    expectError(await ctx.hub.get('requests.json?status=open&status=closed'), 400);
    expectError(await ctx.hub.get('servicerequestupdates.json?start_date=2026-01-01&end_date=2026-12-01'), 400, /90 days/);
  });

  it('404 for an unknown service, request, token, jurisdiction, resource or format; XML errors in XML', async () => {
    expectError(await ctx.hub.post('requests.json', { ...valid(), service_code: 'cat.nope' }), 404, /service_code/);
    expectError(await ctx.hub.get('services/cat.nope.json'), 404);
    expectError(await ctx.hub.get('services/cat.ageing.json'), 404);
    expectError(await ctx.hub.get('requests/01JZZZZZZZZZZZZZZZZZZZZZZZ.json'), 404);
    expectError(await ctx.hub.get('tokens/unknown-token.json'), 404);
    expectError(await ctx.hub.get('requests.json?jurisdiction_id=elsewhere'), 404, /jurisdiction/);
    expectError(await ctx.hub.get('services.yaml'), 404, /format/);
    expectError(await ctx.hub.get('services'), 404, /format/);
    expectError(await ctx.hub.get('widgets.json'), 404);
    expectError(await ctx.hub.get('a/b/c.json'), 404);
    const xml = await ctx.hub.get('tokens/unknown-token.xml');
    expect(xml.status).toBe(404);
    expect(xmlAsPlain(xml.text)).toEqual({ root: 'errors', value: [{ code: '404', description: 'Unknown token unknown-token' }] });
  });

  it('asks for jurisdiction_id once the hub serves two towns, and keeps each key to its own town', async () => {
    await ctx.pool.query("INSERT INTO towns (id, name, seat_prefix) VALUES ('jinqiao', '金桥镇', 'JQ')");
    expectError(await ctx.hub.get('services.json'), 400, /jurisdiction_id/);
    expect((await ctx.hub.get('services.json?jurisdiction_id=gaohang')).status).toBe(200);
    expectError(await ctx.hub.post('requests.json', { ...valid(), jurisdiction_id: 'jinqiao' }), 403);
  });

  it('refuses an oversized body, a body that is not a form, and more POSTs per minute than a key may make', async () => {
    expectError(await ctx.hub.post('requests.json', { ...valid(), description: 'x'.repeat(70_000) }), 413);
    const json = await fetch(`${ctx.hub.base}/requests.json`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expectError({ status: json.status, text: await json.text(), json: null }, 415);
  });

  it('limits POSTs per api_key: one app over its rate does not stop another', async () => {
    const other = await createApiKey(ctx.pool, { id: 'other-app', townId: DEMO_TOWN_ID, label: 'Other' });
    const limited = await startOpen311Hub(ctx.pool, 2);
    try {
      const post = (key: string, n: number) => limited.post('requests.json', { ...valid(), api_key: key, description: `第${n}次：垃圾没人收`, device_id: `d${n}` });
      expect((await post(ctx.key, 1)).status).toBe(200);
      expect((await post(ctx.key, 2)).status).toBe(200);
      expectError(await post(ctx.key, 3), 429, /api_key/);
      expect((await post(other, 4)).status).toBe(200);
      // Made-up keys share their address's bucket: inventing keys does not buy more attempts.
      expectError(await post('a'.repeat(43), 5), 403);
      expectError(await post('b'.repeat(43), 6), 403);
      expectError(await post('c'.repeat(43), 7), 429);
    } finally {
      await limited.close();
    }
  });
});
