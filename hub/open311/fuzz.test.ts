import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Errors, PostResponse } from '../testing/georeport-schemas';
import { useOpen311Hub } from './open311-test-setup';

const ctx = useOpen311Hub();

const names = ['service_code', 'lat', 'long', 'address_string', 'address_id', 'description', 'device_id', 'phone', 'first_name', 'jurisdiction_id', 'attribute[floor]', 'attribute[since][]', 'status'];
const values = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('cat.housing.lift', 'cat.env.garbage', 'cat.ageing', '31.3085', '121.6042', '-999', 'NaN', '绿地东上海', 'gaohang', '7', 'today'),
);

describe('Open311 under arbitrary input', () => {
  it('answers every form with a request or a GeoReport client error, never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), values, { maxKeys: 8 }), async (form) => {
        const res = await ctx.hub.post('requests.json', { api_key: ctx.key, ...form });
        if (res.status === 200) PostResponse.parse(res.json);
        else {
          // 403: a jurisdiction_id other than the key's town.
          expect([400, 403, 404]).toContain(res.status);
          expect(Errors.parse(res.json)[0]?.code).toBe(res.status);
        }
      }),
      { numRuns: 60, seed: 311 },
    );
  }, 120_000);

  it('answers every query of requests and updates with a list or a GeoReport client error', async () => {
    const query = ['service_request_id', 'service_code', 'status', 'start_date', 'end_date', 'page', 'page_size', 'jurisdiction_id'];
    const dates = fc.constantFrom('2026-11-20', '2026-12-01T00:00:00+08:00', '2026-12-01T00:00Z', '1999-01-01', '9999-12-31', 'open,closed', '0', '1000', '1001');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('requests', 'servicerequestupdates'), fc.dictionary(fc.constantFrom(...query), fc.oneof(values, dates), { maxKeys: 5 }), async (path, q) => {
        const res = await ctx.hub.get(`${path}.json?${new URLSearchParams(q).toString()}`);
        if (res.status === 200) expect(Array.isArray(res.json)).toBe(true);
        else {
          expect([400, 404]).toContain(res.status);
          expect(Errors.parse(res.json)[0]?.code).toBe(res.status);
        }
      }),
      { numRuns: 60, seed: 312 },
    );
  }, 120_000);
});
