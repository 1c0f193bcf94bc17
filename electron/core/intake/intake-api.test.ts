import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { similarTextThresholdWithoutCategory } from '../../../shared/intake/duplicates';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';

let h: CoreHarness;
let op: string;
beforeEach(async () => {
  h = await openTestCore();
  op = await h.login('op01');
});
afterEach(() => h.close());

const total = async () => (await h.call('cases:list', {}, op)).total;

describe('caller history', () => {
  it('files the caller under the E.164 number and finds the history however the number is typed', async () => {
    const filed = await h.call('cases:create', { ...mealCase, caller: { phone: '138 0013 8000', name: '张阿姨' } }, op);
    expect(filed.caller.phone).toBe('+8613800138000');
    await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const history = await h.call('intake:callerHistory', { phone: '+86 138-0013-8000' }, op);
    expect(history.e164).toBe('+8613800138000');
    expect(history.cases.map((c) => c.number)).toHaveLength(2);
    expect(history.cases[0]?.status).toBe('dispatched');
    expect(history.openCount).toBe(2);
    expect(history.callsLast30Days).toBe(2);
    const stranger = await h.call('intake:callerHistory', { phone: '13900139000' }, op);
    expect(stranger.cases).toEqual([]);
  });

  it('refuses an impossible number with a clear message and files nothing', async () => {
    const result = await h.raw('cases:create', { ...mealCase, caller: { phone: '12345', name: '' } }, op);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_phone', field: 'caller.phone' } });
    expect(!result.ok && result.error.message).toContain('不是有效的电话号码');
    expect(await total()).toBe(0);
  });

  it('refuses an empty description and 100k characters of text, and files nothing', async () => {
    const empty = await h.raw('cases:create', { ...mealCase, description: '   ' }, op);
    expect(!empty.ok && empty.error.message).toBe('输入有误：「诉求内容」不能为空');
    const huge = await h.raw('intake:answer', { case: { ...mealCase, description: '老'.repeat(100_000) }, knowledgeId: null, answer: '已答复' }, op);
    expect(!huge.ok && huge.error.message).toBe('输入有误：「诉求内容」过长（最多 4000 字）');
    expect(await total()).toBe(0);
  });
});

describe('category suggestion', () => {
  it('suggests three categories for a description, the most likely first, with confidences', async () => {
    const ask = () => h.call('intake:suggestCategories', { description: '楼上邻居每天半夜蹦跳，吵得睡不着' }, op);
    // The model learns in the background after the core starts; the seat asks again until it suggests.
    await expect.poll(async () => (await ask()).learning, { timeout: 30_000 }).toBeNull();
    const { suggestions } = await ask();
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]?.categoryId).toBe('cat.noise.neighbour');
    expect(suggestions[0]?.confidence).toBeGreaterThan(suggestions[1]?.confidence ?? 1);
  });

  it('retrains on demand for a supervisor, not for an operator', async () => {
    expect((await h.raw('intake:retrainModel', {}, op)).ok).toBe(false);
    const info = await h.call('intake:retrainModel', {}, await h.login('sup01'));
    expect(info).toMatchObject({ source: 'demo' });
    expect(info.samples).toBeGreaterThan(1000);
  });
});

describe('repeat calls', () => {
  it('offers the open case of the same caller and files the new call as its linked child, keeping both', async () => {
    const main = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const repeat = { ...mealCase, caller: { phone: '13800138000', name: '张阿姨的女儿' }, description: '又来电：老人吃饭问题还没解决' };
    const { matches } = await h.call(
      'intake:duplicates',
      { phone: repeat.caller.phone, committeeId: repeat.committeeId, categoryId: repeat.categoryId, description: repeat.description },
      op,
    );
    // The same caller, and the same matter in other words (老人吃饭).
    expect(matches[0]).toMatchObject({ case: { id: main.id }, reasons: ['same_phone', 'similar_text'] });

    const child = await h.call('intake:fileRepeat', { case: repeat, mainCaseId: main.id }, op);
    expect(child).toMatchObject({ status: 'merged', mainCase: { id: main.id, number: main.number }, description: repeat.description });
    expect(child.caller).toEqual({ phone: '+8613800138000', name: '张阿姨的女儿' });
    const { case: after } = await h.call('cases:get', { caseId: main.id }, op);
    expect(after.repeatCalls).toEqual([{ caseId: child.id, number: child.number, at: expect.any(String) }]);
    expect(after.status).toBe('dispatched');
  });

  it("offers another caller's call about the same meals before a category is chosen: the model suggests 助餐, so its rule applies", async () => {
    const main = await h.call('cases:create', { ...mealCase, description: '老人的送餐服务这几天断了，一直没人送饭上门', dispatchToUnitId: 'unit.zhucan' }, op);
    // The model learns in the background after the core starts; until then the strict rule alone applies.
    await expect.poll(async () => (await h.call('intake:suggestCategories', { description: '' }, op)).learning, { timeout: 30_000 }).toBeNull();
    const { matches } = await h.call(
      'intake:duplicates',
      { phone: '13900139000', committeeId: mealCase.committeeId, categoryId: null, description: '家里老人订了老年餐，这三天都没有送到，请帮忙问问' },
      op,
    );
    expect(matches.map((m) => [m.case.id, m.reasons])).toEqual([[main.id, ['similar_text']]]);
    // Worded differently enough that without the suggestion only the strict rule would weigh it, and miss it.
    expect(matches[0]?.similarity).toBeLessThan(similarTextThresholdWithoutCategory);
    const elsewhere = await h.call(
      'intake:duplicates',
      { phone: '13900139000', committeeId: 'cmt.gaohang', categoryId: null, description: '家里老人订了老年餐，这三天都没有送到，请帮忙问问' },
      op,
    );
    expect(elsewhere.matches).toEqual([]);
  });

  it("lists the committee's open cases of the category that are not judged repeats, newest first, and files one as their repeat when asked", async () => {
    const older = await h.call('cases:create', { ...mealCase, caller: { phone: '13700137001', name: '李' }, description: '助餐点的饭菜口味太重，老人嚼不动', dispatchToUnitId: 'unit.zhucan' }, op);
    const newer = await h.call('cases:create', { ...mealCase, caller: { phone: '13700137002', name: '王' }, description: '长者食堂今天中午没开门', dispatchToUnitId: 'unit.zhucan' }, op);
    const call = { phone: '13900139000', committeeId: mealCase.committeeId, categoryId: mealCase.categoryId, description: '社区食堂的菜又咸又硬，能不能改进' };
    const { matches, openOfCategory } = await h.call('intake:duplicates', call, op);
    const offered = new Set(matches.map((m) => m.case.id));
    // Every open case of the committee and category is either offered or listed, never both.
    expect([...offered, ...openOfCategory.map((c) => c.id)].sort()).toEqual([older.id, newer.id].sort());
    expect(openOfCategory.every((c) => !offered.has(c.id))).toBe(true);
    expect(openOfCategory.map((c) => c.id)).toEqual([newer.id, older.id].filter((id) => !offered.has(id)));
    // Before a category is chosen nothing is listed: it would be the whole committee.
    expect((await h.call('intake:duplicates', { ...call, categoryId: null }, op)).openOfCategory).toEqual([]);
  });

  it('links a repeat before a category is chosen, under the main case’s category', async () => {
    const main = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const child = await h.call('intake:fileRepeat', { case: { ...mealCase, categoryId: null, description: '老人这几天没人送饭' }, mainCaseId: main.id }, op);
    expect(child).toMatchObject({ status: 'merged', categoryId: main.categoryId, mainCase: { id: main.id } });
  });

  it('will not link to a case that does not exist, and files nothing', async () => {
    const result = await h.raw('intake:fileRepeat', { case: mealCase, mainCaseId: '01JD0000000000000000000000' }, op);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await total()).toBe(0);
  });
});

describe('inquiries answered at intake', () => {
  it('lists the demo knowledge base and closes an inquiry as answered with the answer given', async () => {
    const { entries } = await h.call('knowledge:list', {}, op);
    const meal = entries.find((e) => e.id === 'kb.meal-points');
    expect(meal).toBeDefined();
    const answered = await h.call(
      'intake:answer',
      { case: { ...mealCase, kind: 'inquiry' }, knowledgeId: 'kb.meal-points', answer: meal?.answer ?? '' },
      op,
    );
    expect(answered).toMatchObject({ status: 'answered', responsibleUnitId: null, answer: { knowledgeId: 'kb.meal-points', text: meal?.answer } });
  });

  it('lets an admin edit the knowledge base and no one else', async () => {
    const entry = { id: null, question: '社区食堂几点开门？', answer: '11:00 开门。', keywords: ['食堂'] };
    expect(await h.raw('knowledge:save', entry, op)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = await h.login('admin');
    const saved = await h.call('knowledge:save', entry, admin);
    await h.call('knowledge:save', { ...entry, id: saved.id, answer: '10:30 开门。' }, admin);
    const { entries } = await h.call('knowledge:list', {}, op);
    expect(entries.find((e) => e.id === saved.id)?.answer).toBe('10:30 开门。');
    await h.call('knowledge:delete', { id: saved.id }, admin);
    expect((await h.call('knowledge:list', {}, op)).entries.some((e) => e.id === saved.id)).toBe(false);
  });
});

describe('emergency transfers', () => {
  const fire = { kind: 'help', urgency: 'normal', caller: { phone: '13800138000', name: '王先生' }, address: '金高路 8 号', description: '楼下着火了，有浓烟' } as const;

  it('files the transfer as a case of its own: transferred, raised to 特急, found in the list and by search', async () => {
    const filed = await h.call('intake:emergencyTransfer', { case: { ...fire, categoryId: null, committeeId: null }, service: '119' }, op);
    expect(filed).toMatchObject({
      status: 'transferred',
      urgency: 'urgent',
      caller: { phone: '+8613800138000', name: '王先生' },
      transfer: { service: '119', matched: ['着火', '浓烟'], by: 'user.op01' },
    });
    const { case: stored, events } = await h.call('cases:get', { caseId: filed.id }, op);
    expect(stored.status).toBe('transferred');
    expect(events.map((e) => e.type)).toEqual(['case.registered', 'case.transferred']);
    expect((await h.call('cases:list', { status: 'transferred' }, op)).total).toBe(1);
    expect((await h.call('search:cases', { query: '着火' }, op)).hits.map((c) => [c.number, c.status])).toEqual([[filed.number, 'transferred']]);
    // Its hotline part is over: no dispatch clock waits on it.
    expect((await h.call('sla:caseClocks', { caseId: filed.id }, op)).clocks).toEqual([]);
  });

  it('keeps a category already chosen, and refuses one that does not exist', async () => {
    const filed = await h.call('intake:emergencyTransfer', { case: { ...fire, categoryId: 'cat.safety.publicorder', committeeId: 'cmt.lvdi' }, service: '110' }, op);
    expect(filed).toMatchObject({ categoryId: 'cat.safety.publicorder', committeeId: 'cmt.lvdi', transfer: { service: '110' } });
    const bad = await h.raw('intake:emergencyTransfer', { case: { ...fire, categoryId: 'cat.nope', committeeId: null }, service: '119' }, op);
    expect(bad).toMatchObject({ ok: false, error: { code: 'unknown_reference', field: 'categoryId' } });
    expect((await h.call('cases:list', { status: 'transferred' }, op)).total).toBe(1);
  });

  it('records a dismissed prompt on the case filed from the call', async () => {
    const praise = '上个月我父亲晕倒，120 很快就到了，特地表扬';
    const filed = await h.call(
      'cases:create',
      { ...mealCase, kind: 'praise', description: praise, dismissedEmergency: { service: '120', matched: ['晕倒'] } },
      op,
    );
    const { events } = await h.call('cases:get', { caseId: filed.id }, op);
    expect(events.map((e) => [e.type, e.type === 'case.emergency_dismissed' ? e.payload.matched : null])).toEqual([
      ['case.registered', null],
      ['case.emergency_dismissed', ['晕倒']],
    ]);
  });
});

describe('search', () => {
  it('finds cases by 3+ characters, by 1–2 characters, by number, newest first, within filters and scope', async () => {
    const first = await h.call('cases:create', mealCase, op);
    const second = await h.call(
      'cases:create',
      { ...mealCase, categoryId: 'cat.noise.neighbour', description: '楼上噪音很大，老人睡不着', dispatchToUnitId: 'unit.paichusuo' },
      op,
    );
    const find = async (query: string, more: object = {}) =>
      (await h.call('search:cases', { query, ...more }, op)).hits.map((c) => c.number);
    expect(await find('助餐服务')).toEqual([first.number]);
    expect(await find('老人')).toEqual([second.number, first.number]);
    expect(await find('噪')).toEqual([second.number]);
    expect(await find('老人 噪音')).toEqual([second.number]);
    expect(await find(first.number)).toEqual([first.number]);
    expect(await find('张阿姨')).toEqual([second.number, first.number]);
    expect(await find('老人', { status: 'registered' })).toEqual([first.number]);
    expect(await find('"')).toEqual([]);
    const handler = await h.login('h-zhucan');
    expect((await h.call('search:cases', { query: '老人' }, handler)).hits).toEqual([]);
  });

  it('pages with a cursor', async () => {
    for (let i = 0; i < 3; i++) await h.call('cases:create', mealCase, op);
    const page1 = await h.call('search:cases', { query: '老人', limit: 2 }, op);
    expect(page1.hits).toHaveLength(2);
    const page2 = await h.call('search:cases', { query: '老人', limit: 2, before: page1.next }, op);
    expect(page2.hits).toHaveLength(1);
    expect(page2.next).toBeNull();
  });
});
