import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodContaining } from '../../../shared/assessment/period';
import { shanghaiDay } from '../../../shared/case/case-number';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
}, 60_000);
afterEach(() => h.close());

describe('decision support through the API', () => {
  it('heat table, repeat callers, and a group request merged under its main case by one call', async () => {
    const op = await h.login('op01');
    const sup = await h.login('sup01');
    const day = shanghaiDay(new Date());
    const ids: string[] = [];
    // Five callers about meals in 绿地居委 today; the first calls twice.
    for (let i = 0; i < 5; i++) {
      const phone = `+861380013800${i}`;
      const filed = await h.call('cases:create', { ...mealCase, caller: { phone, name: '' }, dispatchToUnitId: 'unit.cmt.lvdi' }, op);
      ids.push(filed.id);
    }
    await h.call('cases:create', { ...mealCase, caller: { phone: '+8613800138000', name: '' }, dispatchToUnitId: 'unit.cmt.lvdi' }, op);
    const period = periodContaining('day', day);

    const heat = await h.call('assessment:heat', { period, size: 'day' }, sup);
    expect(heat.rows).toEqual([{ committeeId: 'cmt.lvdi', categoryId: 'cat.ageing.meal', counts: [6], total: 6 }]);
    expect(heat.max).toBe(6);
    const cell = await h.call('assessment:cellCases', { committeeId: 'cmt.lvdi', categoryId: 'cat.ageing.meal', from: day, to: day }, sup);
    expect(cell.cases).toHaveLength(6);

    const { callers } = await h.call('assessment:repeatCallers', { period, windowDays: 7 }, sup);
    expect(callers).toHaveLength(1);
    expect(callers[0]).toMatchObject({ phone: '138****8000', categoryId: 'cat.ageing.meal' });
    expect(callers[0]?.calls.map((c) => c.caseId)[0]).toBe(ids[0]);

    const groups = await h.call('assessment:groupRequests', { day }, sup);
    expect(groups.minCallers).toBe(5);
    expect(groups.suggestions).toHaveLength(1);
    const [g] = groups.suggestions;
    expect(g).toMatchObject({ committeeId: 'cmt.lvdi', categoryId: 'cat.ageing.meal', callers: 5, mainCaseId: ids[0] });
    expect(await h.raw('assessment:mergeGroup', { mainCaseId: g!.mainCaseId, caseIds: g!.calls.map((c) => c.caseId) }, op)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const merged = await h.call('assessment:mergeGroup', { mainCaseId: g!.mainCaseId, caseIds: g!.calls.map((c) => c.caseId) }, sup);
    expect(merged.merged).toBe(5);
    const { case: main } = await h.call('cases:get', { caseId: ids[0]! }, sup);
    expect(main.repeatCalls).toHaveLength(5);
    const { case: child } = await h.call('cases:get', { caseId: ids[1]! }, sup);
    expect(child).toMatchObject({ status: 'merged', mergedIntoCaseId: ids[0] });
    // Merged, the burst is one case: no suggestion is left.
    expect((await h.call('assessment:groupRequests', { day }, sup)).suggestions).toEqual([]);

    const trends = await h.call('assessment:trends', { period, size: 'day' }, sup);
    expect(trends.points).toEqual([{ from: day, to: day, cases: 1, response: null, resolution: null, satisfaction: null }]);
    expect(await h.raw('assessment:heat', { period, size: 'day' }, await h.login('h-lvdi'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }, 60_000);
});
