import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/case/record';
import { demoTown } from '../../shared/demo/town';
import { asText, Discovery, PostResponse, ServiceDefinition, ServiceRequests, Services, Tokens, Updates, xmlAsPlain } from '../testing/georeport-schemas';
import { lvdiPoint, useOpen311Hub } from './open311-test-setup';
import { townCaseRecords } from '../store/cases';
import { DEMO_TOWN_ID } from '../town/seed-demo-town';

const ctx = useOpen311Hub();
const unitName = (id: string) => demoTown.units.find((u) => u.id === id)?.name;

async function file(form: Record<string, string | readonly string[]>) {
  const res = await ctx.hub.post('requests.json', { api_key: ctx.key, ...form });
  expect(res.status, res.text).toBe(200);
  const [filed] = PostResponse.parse(res.json);
  if (!filed?.service_request_id || !filed.token) throw new Error('no request id');
  return { id: filed.service_request_id, token: filed.token, notice: filed.service_notice ?? '' };
}

async function requests(query: string) {
  const res = await ctx.hub.get(`requests.json${query}`);
  expect(res.status, res.text).toBe(200);
  return ServiceRequests.parse(res.json);
}

/** The XML answer says what the JSON one says, value for value. */
async function sameInXml(path: string, root: string) {
  const [json, xml] = await Promise.all([ctx.hub.get(`${path}.json`), ctx.hub.get(`${path}.xml`)]);
  expect(xml.type).toMatch(/^text\/xml/);
  expect(xmlAsPlain(xml.text)).toEqual({ root, value: asText(json.json) });
}

async function caseRecord(id: string): Promise<CaseRecord> {
  const record = (await townCaseRecords(ctx.pool, DEMO_TOWN_ID)).find((r) => r.id === id);
  if (!record) throw new Error(`no case ${id}`);
  return record;
}

describe('Open311 discovery and services', () => {
  it('lists the category tree’s leaves with their group, and the attributes a service asks for', async () => {
    const discovery = Discovery.parse((await ctx.hub.get('discovery.json')).json);
    expect(discovery.endpoints[0]?.url).toBe(`${ctx.hub.base}`);
    const services = Services.parse((await ctx.hub.get('services.json')).json);
    expect(services.find((s) => s.service_code === 'cat.ageing.meal')).toMatchObject({ service_name: '助餐', group: '为老服务', metadata: false, type: 'realtime' });
    expect(services.some((s) => s.service_code === 'cat.ageing')).toBe(false);
    const lift = ServiceDefinition.parse((await ctx.hub.get('services/cat.housing.lift.json')).json);
    expect(lift.attributes.map((a) => [a.code, a.datatype, a.required, a.order])).toEqual([
      ['floor', 'number', true, 1],
      ['since', 'singlevaluelist', false, 2],
    ]);
    await sameInXml('discovery', 'discovery');
    await sameInXml('services', 'services');
    await sameInXml('services/cat.noise.dance', 'service_definition');
  });
});

describe('Open311 requests', () => {
  it('files a request at a point as a case, dispatched by the routing rules, and reads it back without the caller', async () => {
    const filed = await file({ service_code: 'cat.ageing.meal', ...lvdiPoint, description: '助餐点的午饭今天没送到', first_name: '小明', last_name: '李', phone: '13912345678', device_id: 'dev-1' });
    const record = await caseRecord(filed.id);
    expect(record).toMatchObject({ committeeId: 'cmt.lvdi', categoryId: 'cat.ageing.meal', responsibleUnitId: 'unit.cmt.lvdi', status: 'dispatched', channel: 'open311:demo-app', seatId: 'GHAPI' });
    expect(record.caller).toEqual({ phone: '+8613912345678', name: '李小明' });
    const [read] = ServiceRequests.parse((await ctx.hub.get(`requests/${filed.id}.json`)).json);
    expect(read).toMatchObject({ service_request_id: filed.id, status: 'open', service_code: 'cat.ageing.meal', agency_responsible: unitName('unit.cmt.lvdi'), lat: 31.30855, long: 121.60418 });
    expect(read?.expected_datetime).toBeDefined();
    const text = (await ctx.hub.get(`requests/${filed.id}.xml`)).text + JSON.stringify(read);
    for (const secret of ['13912345678', '李小明', '小明', 'dev-1']) expect(text).not.toContain(secret);
    await sameInXml(`requests/${filed.id}`, 'service_requests');
  });

  it('finds the committee from an address, checks attributes, and answers a repeated POST with the same request', async () => {
    const form = { service_code: 'cat.housing.lift', address_string: '金高路2058弄12号', description: '电梯困人', 'attribute[floor]': '7', 'attribute[since]': 'today', account_id: 'acct-9' };
    const first = await file(form);
    expect(await caseRecord(first.id)).toMatchObject({ committeeId: 'cmt.jingao', urgency: 'high', description: '电梯困人\n楼层：7；持续：今天' });
    expect((await file(form)).id).toBe(first.id);
    expect((await file({ ...form, description: '电梯又坏了，另一部' })).id).not.toBe(first.id);
  });

  it('links a repeat of an open case instead of dispatching it twice', async () => {
    const main = await file({ service_code: 'cat.env.garbage', address_string: '绿地东上海', description: '小区门口的垃圾三天没人清运了', device_id: 'a' });
    const repeat = await file({ service_code: 'cat.env.garbage', address_string: '绿地东上海', description: '小区门口垃圾三天没有清运', device_id: 'b' });
    expect(repeat.notice).toContain(main.id);
    expect(await caseRecord(repeat.id)).toMatchObject({ status: 'merged', responsibleUnitId: null, mainCase: { id: main.id } });
    expect((await caseRecord(main.id)).repeatCalls?.map((c) => c.caseId)).toEqual([repeat.id]);
    const [read] = await requests(`?service_request_id=${repeat.id}`);
    expect(read).toMatchObject({ status: 'closed' });
    expect(read?.status_notes).toContain(main.id);
  });

  it('dispatches a request that only shares a word with an open case: with no operator to confirm, a link needs sure evidence', async () => {
    const main = await file({ service_code: 'cat.ageing.meal', address_string: '绿地东上海', description: '家中两位八十多岁的老人吃饭成了大问题，希望提供助餐服务', device_id: 'a' });
    const other = await file({ service_code: 'cat.ageing.meal', address_string: '绿地东上海', description: '今天的午饭没送来', device_id: 'b' });
    expect(other.notice ?? '').not.toContain(main.id);
    const record = await caseRecord(other.id);
    expect(record).toMatchObject({ status: 'dispatched' });
    expect(record.mainCase ?? null).toBeNull();
  });

  it('filters by ids (overriding the rest), service, status, dates and page', async () => {
    const a = await file({ service_code: 'cat.env.garbage', ...lvdiPoint, description: '垃圾桶满了没人收', device_id: 'a' });
    const b = await file({ service_code: 'cat.env.garbage', ...lvdiPoint, description: '垃圾桶满了没人收拾', device_id: 'b' });
    const c = await file({ service_code: 'cat.traffic.road', ...lvdiPoint, description: '路面有个大坑', device_id: 'c' });
    const idsOf = (rows: { service_request_id: string }[]) => rows.map((r) => r.service_request_id).sort();
    expect(idsOf(await requests(''))).toEqual([a.id, b.id, c.id].sort());
    expect(idsOf(await requests(`?service_request_id=${a.id},${c.id}&service_code=cat.traffic.road&status=closed`))).toEqual([a.id, c.id].sort());
    expect(idsOf(await requests('?service_code=cat.traffic.road'))).toEqual([c.id]);
    expect(idsOf(await requests('?status=closed'))).toEqual([b.id]);
    expect(idsOf(await requests('?status=open'))).toEqual([a.id, c.id].sort());
    expect(await requests('?start_date=2026-01-01T00:00:00%2B08:00&end_date=2026-02-01T00:00:00%2B08:00')).toEqual([]);
    const today = new Date(Date.now() - 3600_000).toISOString().slice(0, 19);
    expect((await requests(`?start_date=${today}Z`)).length).toBe(3);
    const pages = [...(await requests('?page_size=2&page=1')), ...(await requests('?page_size=2&page=2'))];
    expect(idsOf(pages)).toEqual([a.id, b.id, c.id].sort());
    await sameInXml('requests', 'service_requests');
  });

  it('looks a token up, and lists a request’s status changes in order', async () => {
    const filed = await file({ service_code: 'cat.ageing.meal', ...lvdiPoint, description: '送餐晚了一个小时' });
    const tokens = Tokens.parse((await ctx.hub.get(`tokens/${filed.token}.json`)).json);
    expect(tokens).toEqual([{ service_request_id: filed.id, token: filed.token }]);
    await sameInXml(`tokens/${filed.token}`, 'service_requests');
    const updates = Updates.parse((await ctx.hub.get(`servicerequestupdates.json?service_request_id=${filed.id}`)).json);
    expect(updates.map((u) => u.status)).toEqual(['open', 'in_progress']);
    expect(Number(updates[1]?.update_id)).toBeGreaterThan(Number(updates[0]?.update_id));
    expect(updates[1]?.description).toContain(unitName('unit.cmt.lvdi') ?? '?');
    await sameInXml(`servicerequestupdates`, 'service_requests_updates');
  });
});
