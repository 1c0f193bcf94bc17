import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REOPEN_AFTER_CLOSE_DAYS } from '../../../shared/case/reopen-window';
import { manualCardClock } from '../../../shared/sla/supervision';
import { mealCase, mealContact, mealReply, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
});
afterEach(() => {
  vi.useRealTimers();
  h.close();
});

const contact = mealContact;
const reply = mealReply;

const act: CoreHarness['actOk'] = (...args) => h.actOk(...args);

/** The meal case filed, handled, called back satisfied: closed. */
async function closedCase() {
  const op = await h.login('op01');
  const { id } = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
  const handler = await h.login('h-zhucan');
  await act(handler, id, 'case.accepted', {});
  await act(handler, id, 'case.contacted', contact);
  await act(handler, id, 'case.replied', reply);
  await act(op, id, 'case.evaluated', { resolved: true, satisfaction: 'satisfied', cause: null, note: '' });
  return id;
}

describe('督办 by hand', () => {
  it('lets a supervisor card any open case with a note, filed under the manual clock and listed with the cards', async () => {
    const op = await h.login('op01');
    const { id } = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const sup = await h.login('sup01');
    await act(sup, id, 'case.supervised', { card: 'yellow', note: '老人吃饭问题，今天内必须上门' });
    const { case: c, events } = await h.call('cases:get', { caseId: id }, sup);
    expect(c.cards).toMatchObject([{ card: 'yellow', clock: manualCardClock }]);
    expect(events.at(-1)).toMatchObject({ type: 'case.supervised', actorId: 'user.sup01', payload: { note: '老人吃饭问题，今天内必须上门' } });
    expect((await h.call('sla:cards', { limit: 10 }, sup)).cards).toMatchObject([{ caseId: id, clock: manualCardClock, card: 'yellow' }]);
  });

  it('is the supervisor’s alone', async () => {
    const op = await h.login('op01');
    const { id } = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const refused = await h.raw('cases:act', { caseId: id, action: 'case.supervised', payload: { card: 'red', note: '催办' } }, op);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('reopening a closed case when the citizen calls back', () => {
  it('sends it back to the same unit within the period', async () => {
    const id = await closedCase();
    const sup = await h.login('sup01');
    const reopened = await act(sup, id, 'case.reopened', { reason: '来电人反映配送又停了' });
    expect(reopened).toMatchObject({ status: 'reopened', closedAt: null, closeReason: null, responsibleUnitId: 'unit.zhucan', reopenCount: 1 });
    expect((await h.call('queues:unit', {}, await h.login('h-zhucan'))).items.map((c) => c.id)).toContain(id);
  });

  it('refuses after the period, in words that say to file a new case, and writes nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-02T02:00:00Z'));
    const id = await closedCase();
    vi.setSystemTime(new Date(Date.parse('2026-11-02T02:00:00Z') + (REOPEN_AFTER_CLOSE_DAYS + 1) * 86_400_000));
    const sup = await h.login('sup01');
    const before = await h.call('cases:get', { caseId: id }, sup);
    const refused = await h.raw('cases:act', { caseId: id, action: 'case.reopened', payload: { reason: '' } }, sup);
    expect(refused).toMatchObject({ ok: false, error: { code: 'reopen_window_passed', message: expect.stringContaining('新工单') } });
    expect(await h.call('cases:get', { caseId: id }, sup)).toEqual(before);
  });
});
