import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
});
afterEach(() => h.close());

describe('群体性 and 历史遗留 marked on the case', () => {
  it('are set and taken off by the dispatcher or the supervisor, recorded as events, and kept on the case', async () => {
    const op = await h.login('op01');
    const { id } = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const disp = await h.login('disp01');
    await h.call('cases:act', { caseId: id, action: 'case.flagged', payload: { flag: 'group', on: true, note: '同一小区二十多户来电' } }, disp);
    const sup = await h.login('sup01');
    await h.call('cases:act', { caseId: id, action: 'case.flagged', payload: { flag: 'legacy', on: true, note: '' } }, sup);
    expect((await h.call('cases:get', { caseId: id }, sup)).case.flags).toEqual(['group', 'legacy']);
    await h.call('cases:act', { caseId: id, action: 'case.flagged', payload: { flag: 'group', on: false, note: '核实为个别住户' } }, sup);
    const { case: c, events } = await h.call('cases:get', { caseId: id }, sup);
    expect(c.flags).toEqual(['legacy']);
    expect(events.filter((e) => e.type === 'case.flagged').map((e) => e.actorId)).toEqual(['user.disp01', 'user.sup01', 'user.sup01']);
  });

  it('show on the case’s board row, and leave it when taken off', async () => {
    const op = await h.login('op01');
    const { id } = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const sup = await h.login('sup01');
    const rowFlags = async () => (await h.call('board:list', {}, sup)).rows.find((r) => r.caseId === id)?.flags;
    expect(await rowFlags()).toEqual([]);
    await h.call('cases:act', { caseId: id, action: 'case.flagged', payload: { flag: 'group', on: true, note: '' } }, sup);
    await h.call('cases:act', { caseId: id, action: 'case.flagged', payload: { flag: 'legacy', on: true, note: '' } }, sup);
    expect(await rowFlags()).toEqual(['group', 'legacy']);
    await h.call('cases:act', { caseId: id, action: 'case.flagged', payload: { flag: 'group', on: false, note: '' } }, sup);
    expect(await rowFlags()).toEqual(['legacy']);
  });

  it('are not the operator’s or the handler’s to set', async () => {
    const op = await h.login('op01');
    const { id } = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    for (const session of [op, await h.login('h-zhucan')]) {
      const refused = await h.raw('cases:act', { caseId: id, action: 'case.flagged', payload: { flag: 'group', on: true, note: '' } }, session);
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
