import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodContaining } from '../../../shared/assessment/period';
import { shanghaiDay } from '../../../shared/case/case-number';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
}, 60_000);
afterEach(() => h.close());

const contact = { contactedAt: new Date().toISOString(), method: 'phone', summary: '已电话联系' } as const;

async function closedCase(resolved: boolean, satisfaction: 'satisfied' | 'dissatisfied', result: string) {
  const op = await h.login('op01');
  const handler = await h.login('h-zhucan');
  const { id } = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
  const act = async (action: string, payload: unknown, who: string) => {
    const result = await h.raw('cases:act', { caseId: id, action, payload }, who);
    if (!result.ok) throw new Error(`${action}: ${result.error.code}`);
  };
  await act('case.accepted', {}, handler);
  await act('case.contacted', contact, handler);
  await act('case.replied', { result, answer: result, closureCode: 'solved', justification: '' }, handler);
  await act('case.evaluated', { resolved, satisfaction, cause: resolved ? null : 'unit_side', note: '' }, op);
  return id;
}

describe('assessment through the API', () => {
  it('ranks the unit, opens a figure to its cases, and follows an appeal’s ruling', async () => {
    const notSolved = await closedCase(false, 'dissatisfied', '已协调助餐点增加配送');
    const solved = await closedCase(true, 'satisfied', '已为两位老人开通每日午餐配送服务');
    const period = periodContaining('day', shanghaiDay(new Date()));
    const sup = await h.login('sup01');

    const before = await h.call('assessment:units', { period }, sup);
    const zhucan = before.units.find((u) => u.unitId === 'unit.zhucan');
    expect(before.ruleVersion).toBe(1);
    expect(zhucan?.figures).toMatchObject({ received: 2, responded: 2, evaluated: 2, resolved: 1, satisfied: 1, hasty: 1 });
    // 100 × (0.3 × 1 + 0.35 × ½ + 0.35 × ½) = 65, less 1 for the hasty closure (called solved, not solved).
    expect(zhucan?.score.total).toBeCloseTo(64, 6);

    const satisfied = await h.call('assessment:cases', { period, unitId: 'unit.zhucan', figure: 'satisfied' }, sup);
    expect(satisfied.cases.map((c) => c.id)).toEqual([solved]);
    const hasty = await h.call('assessment:cases', { period, unitId: 'unit.zhucan', figure: 'hasty' }, sup);
    expect(hasty.cases.map((c) => c.id)).toEqual([notSolved]);
    const deduction = hasty.cases[0]?.deductions[0];
    expect(deduction).toMatchObject({ id: `hasty:${notSolved}:solved_not_resolved`, kind: 'solved_not_resolved', appeal: null });

    // Another unit sees neither the figures nor the cases, and cannot appeal for it.
    const lvdi = await h.login('h-lvdi');
    expect((await h.call('assessment:units', { period }, lvdi)).units).toEqual([]);
    expect(await h.raw('assessment:cases', { period, unitId: 'unit.zhucan', figure: 'hasty' }, lvdi)).toMatchObject({ ok: false });
    const reason = '回访时老人说的是另一件事，配送已开通';
    expect(await h.raw('assessment:appeal', { deductionId: deduction!.id, caseId: notSolved, reason }, lvdi)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await h.raw('assessment:units', { period }, await h.login('op01'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const handler = await h.login('h-zhucan');
    const appeal = await h.call('assessment:appeal', { deductionId: deduction!.id, caseId: notSolved, reason }, handler);
    expect(appeal).toMatchObject({ unitId: 'unit.zhucan', reason, ruling: null });
    expect(await h.raw('assessment:ruleAppeal', { appealId: appeal.id, ruling: 'overturned', note: '' }, handler)).toMatchObject({ ok: false });
    const ruled = await h.call('assessment:ruleAppeal', { appealId: appeal.id, ruling: 'overturned', note: '核实属实' }, sup);
    expect(ruled).toMatchObject({ ruling: 'overturned', ruledBy: 'user.sup01', reason });
    // Ruled once: a second ruling is refused, and the ledger keeps both the appeal and the ruling.
    expect(await h.raw('assessment:ruleAppeal', { appealId: appeal.id, ruling: 'upheld', note: '' }, sup)).toMatchObject({ ok: false });
    expect((await h.call('assessment:appeals', {}, handler)).appeals).toEqual([ruled]);

    const after = (await h.call('assessment:units', { period }, sup)).units.find((u) => u.unitId === 'unit.zhucan');
    expect(after?.figures.hasty).toBe(0);
    expect(after?.score.total).toBeCloseTo(65, 6);
  }, 60_000);
});

describe('spikes through the API', () => {
  it('finds a burst of calls from one committee about one category today, against its quiet 28 days', async () => {
    const op = await h.login('op01');
    for (let i = 0; i < 4; i++) await h.call('cases:create', mealCase, op);
    const day = shanghaiDay(new Date());
    const { spikes } = await h.call('assessment:spikes', { day }, await h.login('sup01'));
    // Four calls in three days against one assumed in the four weeks before: λ = 3/28, P(X ≥ 4) = 1 − e^−λ (1 + λ + λ²/2 + λ³/6) = 5.04e-6.
    expect(spikes).toEqual([
      { committeeId: mealCase.committeeId, categoryId: mealCase.categoryId, day, count: 4, baseline: 3 / 28, pValue: expect.closeTo(5.04e-6, 8) },
    ]);
    expect(await h.raw('assessment:spikes', { day }, await h.login('h-zhucan'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // One step turns the spike into a proactive case (未诉先办), dispatched where routing sends 助餐 in 绿地居委.
    const sup = await h.login('sup01');
    const filed = await h.call('assessment:proactive', { committeeId: mealCase.committeeId, categoryId: mealCase.categoryId, day }, sup);
    const { case: proactive } = await h.call('cases:get', { caseId: filed.caseId }, sup);
    expect(proactive).toMatchObject({ status: 'dispatched', responsibleUnitId: filed.unitId, committeeId: 'cmt.lvdi', categoryId: 'cat.ageing.meal' });
    expect(proactive.description).toMatch(/^未诉先办：.*近 3 日来电 4 件/);
    expect(filed.unitId).toBe('unit.cmt.lvdi');
    // …and whistled (吹哨) at once to the meal centre and the ageing office, each on its report clock and in its queue.
    expect(proactive.whistles.map((w) => [w.unitId, w.reportedAt])).toEqual([['unit.zhucan', null], ['unit.laoling', null]]);
    const { clocks } = await h.call('sla:caseClocks', { caseId: filed.caseId }, sup);
    const running = clocks.filter((k) => k.kind === 'whistle' && k.endedAt === null).map((k) => k.unitId);
    expect(running.sort()).toEqual(['unit.laoling', 'unit.zhucan']);
    for (const handler of ['h-zhucan', 'h-laoling']) {
      const queue = await h.call('queues:unit', {}, await h.login(handler));
      expect(queue.items.map((c) => c.id)).toContain(filed.caseId);
    }
    // A pair that did not spike cannot be filed this way.
    expect(await h.raw('assessment:proactive', { committeeId: 'cmt.lvdi', categoryId: 'cat.noise.neighbour', day }, sup)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  }, 60_000);
});
