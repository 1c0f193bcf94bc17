import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/case/events';
import { PullResponse, type EnrollResponse, type SeatScope } from '../../shared/sync/wire';
import { ServiceRequests } from '../testing/georeport-schemas';
import { bearer, CaseScript, enrollTestSeat, pushBody } from '../testing/hub-fixture';
import { lvdiPoint, useOpen311Hub } from './open311-test-setup';

const ctx = useOpen311Hub();

/** A seat's pull, driven over HTTP as its sync worker does, following the cursor to the end. */
async function pullAll(seat: EnrollResponse): Promise<CaseEvent[]> {
  const origin = new URL(ctx.hub.base).origin;
  const events: CaseEvent[] = [];
  for (let after = 0; ; ) {
    const res = await fetch(`${origin}/v1/sync/pull?after=${after}`, { headers: bearer(seat), signal: AbortSignal.timeout(20_000) });
    expect(res.status).toBe(200);
    const page = PullResponse.parse(await res.json());
    for (const item of page.items) if (item.kind === 'event') events.push(item.event);
    if (!page.more) return events;
    after = page.cursor;
  }
}

async function fileMealRequest(): Promise<string> {
  const res = await ctx.hub.post('requests.json', { api_key: ctx.key, service_code: 'cat.ageing.meal', ...lvdiPoint, description: '今天的午饭没送来' });
  const id = (res.json as { service_request_id?: string }[])[0]?.service_request_id;
  if (!id) throw new Error(res.text);
  return id;
}

const seat = (scope: SeatScope) => enrollTestSeat(ctx.pool, scope);

describe('an Open311 request reaches the seats', () => {
  it('the centre seat and the responsible unit’s desk pull the new case’s events; another unit’s desk does not', async () => {
    const [centre, lvdi, other] = await Promise.all([seat({ scope: 'town' }), seat({ scope: 'unit', unitId: 'unit.cmt.lvdi' }), seat({ scope: 'unit', unitId: 'unit.huanwei' })]);
    const id = await fileMealRequest();
    const typesOf = (events: CaseEvent[]) => events.filter((e) => e.caseId === id).map((e) => e.type);
    expect(typesOf(await pullAll(centre))).toEqual(['case.registered', 'case.dispatched']);
    const atDesk = await pullAll(lvdi);
    expect(typesOf(atDesk)).toEqual(['case.registered', 'case.dispatched']);
    expect(atDesk.find((e) => e.type === 'case.dispatched')?.payload).toEqual({ unitId: 'unit.cmt.lvdi', note: '' });
    expect(typesOf(await pullAll(other))).toEqual([]);
  });

  it('keeps cases filed by phone out of public reads unless the town opts in, and never shows their caller', async () => {
    const centre = await seat({ scope: 'town' });
    const script = new CaseScript(centre.seatCode);
    const pushed = await fetch(`${new URL(ctx.hub.base).origin}/v1/sync/push`, {
      method: 'POST',
      headers: { ...bearer(centre), 'content-type': 'application/json' },
      body: JSON.stringify(pushBody([script.registered(), script.dispatched('unit.cmt.lvdi')])),
    });
    expect(((await pushed.json()) as { rejected: unknown[] }).rejected).toEqual([]);
    const ownId = await fileMealRequest();
    const listed = async () => ServiceRequests.parse((await ctx.hub.get('requests.json')).json).map((r) => r.service_request_id);
    expect(await listed()).toEqual([ownId]);
    expect((await ctx.hub.get(`requests/${script.caseId}.json`)).status).toBe(404);
    await ctx.pool.query("UPDATE towns SET open311_publish_phone_cases = true WHERE id = 'gaohang'");
    expect((await listed()).sort()).toEqual([ownId, script.caseId].sort());
    const shown = await ctx.hub.get(`requests/${script.caseId}.json`);
    expect(ServiceRequests.parse(shown.json)[0]).toMatchObject({ status: 'open', agency_responsible: '绿地居委会' });
    expect(shown.text).not.toContain('13800000000');
    expect(shown.text).not.toContain('王先生');
  });
});
