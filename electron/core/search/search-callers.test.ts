import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';

let h: CoreHarness;
let op: string;
beforeEach(async () => {
  h = await openTestCore();
  op = await h.login('op01');
});
afterEach(() => h.close());

const find = async (query: string) => (await h.call('search:cases', { query }, op)).hits.map((c) => c.number);

describe('search finds callers and shorthand', () => {
  it('finds a caller by the number in any form and by the last four digits, and by name', async () => {
    const li = await h.call('cases:create', { ...mealCase, caller: { phone: '13916228801', name: '李建国' } }, op);
    await h.call('cases:create', { ...mealCase, caller: { phone: '13800138000', name: '张阿姨' } }, op);
    for (const q of ['13916228801', '+8613916228801', '+86 139 1622 8801', '0086-13916228801', '8801', '李建国', '建国']) {
      expect(await find(q), q).toEqual([li.number]);
    }
    expect(await find('8801 助餐')).toEqual([li.number]);
  });

  it('finds the full form by its shorthand and back, from the demo list, and a group an admin adds', async () => {
    const full = await h.call('cases:create', { ...mealCase, categoryId: 'cat.cityscape.illegalbuild', description: '楼顶有人违章搭建了一间房' }, op);
    const short = await h.call('cases:create', { ...mealCase, categoryId: 'cat.cityscape.illegalbuild', description: '隔壁又在违建' }, op);
    expect(await find('违建')).toEqual([short.number, full.number]);
    expect(await find('违章搭建')).toEqual([short.number, full.number]);
    expect(await find('违建 一间房')).toEqual([full.number]);

    const lamp = await h.call('cases:create', { ...mealCase, description: '小区门口的灯杆歪了' }, op);
    expect(await find('路灯杆')).toEqual([]);
    const admin = await h.login('admin');
    const group = await h.call('synonyms:save', { id: null, term: '路灯杆', forms: ['灯杆'] }, admin);
    expect(await find('路灯杆')).toEqual([lamp.number]);
    expect((await h.call('synonyms:list', {}, op)).groups.map((g) => g.term)).toContain('路灯杆');
    // A word in two groups is refused, with the group it is in; operators cannot edit the list.
    expect(await h.raw('synonyms:save', { id: null, term: '违规建筑', forms: ['违建'] }, admin)).toMatchObject({
      ok: false,
      error: { code: 'synonym_taken', message: expect.stringContaining('违章搭建') },
    });
    expect(await h.raw('synonyms:save', { id: null, term: 'x', forms: ['y'] }, op)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await h.call('synonyms:delete', { id: group.id }, admin);
    expect(await find('路灯杆')).toEqual([]);
  });
});
