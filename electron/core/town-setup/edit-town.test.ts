import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
});
afterEach(() => h.close());

describe('the administrator sets up the town at a seat', () => {
  it('adds a department, a category under a group and the rule that routes it there; the desk files and dispatches on them at once', async () => {
    const admin = await h.login('admin');
    const unit = await h.call('reference:saveUnit', { id: null, name: '垃圾分类办', type: 'department', committeeId: null }, admin);
    const category = await h.call('reference:saveCategory', { id: null, name: '助餐配送延误', parentId: 'cat.ageing' }, admin);
    const rule = await h.call('reference:saveRoutingRule', { id: null, categoryId: category.id, committeeId: 'cmt.lvdi', unitId: unit.id }, admin);
    const reference = await h.call('reference:get', {}, admin);
    expect(reference.units).toContainEqual(unit);
    expect(reference.categories).toContainEqual({ id: category.id, name: '助餐配送延误', parentId: 'cat.ageing' });
    expect(reference.routingRules).toContainEqual(rule);

    const op = await h.login('op01');
    const filed = await h.call('cases:create', { ...mealCase, categoryId: category.id, dispatchToUnitId: unit.id }, op);
    expect(filed).toMatchObject({ categoryId: category.id, responsibleUnitId: unit.id });

    await h.call('reference:saveUnit', { ...unit, name: '镇垃圾分类办' }, admin);
    await h.call('reference:deleteRoutingRule', { id: rule.id }, admin);
    const after = await h.call('reference:get', {}, admin);
    expect(after.units.find((u) => u.id === unit.id)?.name).toBe('镇垃圾分类办');
    expect(after.routingRules.some((r) => r.id === rule.id)).toBe(false);
  });

  it('adds a committee with its own desk, which intake then files to and every open console hears of', async () => {
    const admin = await h.login('admin');
    const op = await h.login('op01');
    const heard: string[] = [];
    const stop = h.core.subscribe(() => op, (event) => heard.push(event));
    const { committee, desk } = await h.call('reference:saveCommittee', { id: null, name: '森兰二居委', kind: 'residential' }, admin);
    expect(desk).toMatchObject({ name: '森兰二居委会', type: 'committee', committeeId: committee.id });
    // The operator's console re-reads the town, so its pickers offer the new committee without a new login.
    expect(heard).toContain('reference:changed');
    const reference = await h.call('reference:get', {}, op);
    expect(reference.committees).toContainEqual(committee);
    expect(reference.units).toContainEqual(desk);
    const filed = await h.call('cases:create', { ...mealCase, committeeId: committee.id, dispatchToUnitId: desk!.id }, op);
    expect(filed).toMatchObject({ committeeId: committee.id, responsibleUnitId: desk!.id });

    const renamed = await h.call('reference:saveCommittee', { id: committee.id, name: '森兰第二居委', kind: 'residential' }, admin);
    expect(renamed.desk).toBeNull();
    const after = await h.call('reference:get', {}, op);
    expect(after.committees.find((c) => c.id === committee.id)?.name).toBe('森兰第二居委');
    expect(after.units.filter((u) => u.committeeId === committee.id)).toHaveLength(1);
    stop();

    expect(await h.raw('reference:saveCommittee', { id: null, name: '绿地居委', kind: 'residential' }, admin)).toMatchObject({ ok: false, error: { code: 'name_taken' } });
    expect(await h.raw('reference:saveCommittee', { id: 'cmt.nowhere', name: '无名居委', kind: 'residential' }, admin)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await h.raw('reference:saveCommittee', { id: null, name: '某村', kind: 'village' }, op)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await h.call('reference:get', {}, admin)).committees.some((c) => c.name === '某村')).toBe(false);
  });

  it('keeps the tree and the rules sound: no child under a leaf, no second rule for one category and committee, no twin names', async () => {
    const admin = await h.login('admin');
    expect(await h.raw('reference:saveCategory', { id: null, name: '午餐', parentId: 'cat.ageing.meal' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'unknown_reference', field: 'parentId' },
    });
    const first = await h.call('reference:saveRoutingRule', { id: null, categoryId: 'cat.ageing.homecare', committeeId: 'cmt.lvdi', unitId: 'unit.zhucan' }, admin);
    const second = await h.call('reference:saveRoutingRule', { id: null, categoryId: 'cat.ageing.homecare', committeeId: 'cmt.lvdi', unitId: 'unit.laoling' }, admin);
    // A second save for the same pair replaces the rule rather than adding a rival one.
    expect(second.id).toBe(first.id);
    expect((await h.call('reference:get', {}, admin)).routingRules.filter((r) => r.categoryId === 'cat.ageing.homecare' && r.committeeId === 'cmt.lvdi')).toEqual([second]);
    expect(await h.raw('reference:saveUnit', { id: null, name: '老龄办', type: 'department', committeeId: null }, admin)).toMatchObject({ ok: false, error: { code: 'name_taken' } });
    expect(await h.raw('reference:saveUnit', { id: null, name: '某居委', type: 'committee', committeeId: null }, admin)).toMatchObject({ ok: false, error: { code: 'unknown_reference' } });
    expect(await h.raw('reference:saveUnit', { id: null, name: '某办', type: 'department', committeeId: null }, await h.login('sup01'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
