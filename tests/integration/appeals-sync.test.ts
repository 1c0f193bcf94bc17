import { describe, expect, it } from 'vitest';
import { mealCase, type CoreHarness } from '../support/core-harness';
import { useSeatsOnRealHub } from '../support/seats-on-real-hub';

/** The hotline centre (where supervisors rule) and 绿地居委's desk (whose deductions they are), on a real hub. */
const LVDI = 'unit.cmt.lvdi';
const town = useSeatsOnRealHub(['GH01', 'GH07']);

describe('an appeal of a deduction between a unit desk and the centre', () => {
  it('reaches the supervisor at the centre, and the ruling reaches the unit', async () => {
    const [centre, desk] = town.seats as [CoreHarness, CoreHarness];
    await town.enroll(centre, { scope: 'town' });
    await town.enroll(desk, { scope: 'unit', unitId: LVDI });
    const sup = await centre.login('sup01');
    const handler = await desk.login('h-lvdi');
    const filed = await centre.call('cases:create', { ...mealCase, dispatchToUnitId: LVDI }, await centre.login('op01'));
    const carded = await centre.call('cases:act', { caseId: filed.id, action: 'case.supervised', payload: { card: 'yellow', note: '群众反映多次未联系' } }, sup);
    const card = carded.cards.at(-1)!;
    const deductionId = `card:${filed.id}:${card.clock}:${card.at}:${card.card}`;
    await expect.poll(async () => (await desk.raw('cases:get', { caseId: filed.id }, handler)).ok, { timeout: 20_000 }).toBe(true);

    const reason = '当天已电话联系，系统漏记';
    const appeal = await desk.call('assessment:appeal', { deductionId, caseId: filed.id, reason }, handler);
    const atCentre = async () => (await centre.call('assessment:appeals', {}, sup)).appeals.map((a) => [a.id, a.unitId, a.reason, a.ruling]);
    await expect.poll(atCentre, { timeout: 20_000, interval: 200 }).toEqual([[appeal.id, LVDI, reason, null]]);

    await centre.call('assessment:ruleAppeal', { appealId: appeal.id, ruling: 'overturned', note: '核实通话记录属实' }, sup);
    const atDesk = async () => (await desk.call('assessment:appeals', {}, handler)).appeals.map((a) => [a.id, a.ruling, a.rulingNote, a.ruledBy]);
    await expect.poll(atDesk, { timeout: 20_000, interval: 200 }).toEqual([[appeal.id, 'overturned', '核实通话记录属实', 'user.sup01']]);

    // Both stay in the case's history on both seats, as events anyone entitled can read.
    for (const [seat, user] of [[centre, sup], [desk, handler]] as const) {
      const types = (await seat.call('cases:get', { caseId: filed.id }, user)).events.map((e) => e.type);
      expect(types).toEqual(expect.arrayContaining(['case.appealed', 'case.appeal_ruled']));
    }
  }, 60_000);
});
