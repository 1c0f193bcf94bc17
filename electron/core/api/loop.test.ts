import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

const act: CoreHarness['act'] = (...args) => h.act(...args);

const ok: CoreHarness['actOk'] = (...args) => h.actOk(...args);

/** The case as the hotline sees it, events included: the proof that a refused action wrote nothing. */
async function snapshot(caseId: string) {
  return h.call('cases:get', { caseId }, await h.login('sup01'));
}

async function dispatchedMealCase(unitId = 'unit.zhucan') {
  const op = await h.login('op01');
  const filed = await h.call('cases:create', { ...mealCase, dispatchToUnitId: unitId }, op);
  return { op, caseId: filed.id, number: filed.number };
}

/** Filed, dispatched to 助餐服务中心, accepted, contacted and replied. */
async function repliedCase() {
  const { op, caseId, number } = await dispatchedMealCase();
  const handler = await h.login('h-zhucan');
  await ok(handler, caseId, 'case.accepted', {});
  await ok(handler, caseId, 'case.contacted', contact);
  await ok(handler, caseId, 'case.replied', reply);
  return { op, handler, caseId, number };
}

describe('the closed loop through the API', () => {
  it('runs file → accept → contact → reply → callback satisfied → closed, each step an event by its actor', async () => {
    const { op, caseId } = await repliedCase();
    expect((await h.call('queues:callback', {}, op)).items.map((c) => c.id)).toEqual([caseId]);
    const closed = await ok(op, caseId, 'case.evaluated', { resolved: true, satisfaction: 'satisfied', cause: null, note: '' });
    expect(closed.status).toBe('closed');
    const { case: c, events } = await snapshot(caseId);
    expect(c).toMatchObject({ closeReason: 'evaluated', reply: { closureCode: 'solved' }, evaluation: { satisfaction: 'satisfied' } });
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ['case.registered', 'user.op01'],
      ['case.dispatched', 'user.op01'],
      ['case.accepted', 'user.h-zhucan'],
      ['case.contacted', 'user.h-zhucan'],
      ['case.replied', 'user.h-zhucan'],
      ['case.evaluated', 'user.op01'],
    ]);
    expect(events.find((e) => e.type === 'case.accepted')?.payload).toEqual({ unitId: 'unit.zhucan' });
    expect((await h.call('queues:callback', {}, op)).items).toEqual([]);
  });

  it('keeps a handler out of another unit’s case: it can neither read nor change it', async () => {
    const { caseId } = await dispatchedMealCase('unit.zhucan');
    const before = await snapshot(caseId);
    const other = await h.login('h-lvdi');
    expect(await h.raw('cases:get', { caseId }, other)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await act(other, caseId, 'case.accepted', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await h.call('cases:list', {}, other)).items).toEqual([]);
    expect((await h.call('queues:unit', {}, other)).items).toEqual([]);
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('refuses an action out of order with its code, in the seat language, and writes nothing', async () => {
    const { caseId } = await dispatchedMealCase();
    const handler = await h.login('h-zhucan');
    const before = await snapshot(caseId);
    expect(await act(handler, caseId, 'case.replied', reply)).toMatchObject({
      ok: false,
      error: { code: 'invalid_transition', message: '工单当前状态为「已派单」，不能执行「办结答复」。' },
    });
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('lets only the supervisor rule on a return; an approved return re-dispatches and counts against the returning unit', async () => {
    const { caseId } = await dispatchedMealCase('unit.zhucan');
    const handler = await h.login('h-zhucan');
    await ok(handler, caseId, 'case.return_requested', { reason: 'not_our_area', note: '该地址不属于本中心配送范围' });
    const ruling = { approved: true, note: '改派绿地居委', redispatchToUnitId: 'unit.cmt.lvdi' };
    const before = await snapshot(caseId);
    const dispatcher = await h.login('disp01');
    expect(await act(dispatcher, caseId, 'case.return_ruled', ruling)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await act(handler, caseId, 'case.return_ruled', ruling)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await snapshot(caseId)).toEqual(before);

    const sup = await h.login('sup01');
    expect((await h.call('queues:supervisor', {}, sup)).items.map((c) => c.id)).toEqual([caseId]);
    expect(await act(sup, caseId, 'case.return_ruled', { ...ruling, redispatchToUnitId: null })).toMatchObject({
      error: { code: 'redispatch_required' },
    });
    await ok(sup, caseId, 'case.return_ruled', ruling);
    const { case: c } = await snapshot(caseId);
    expect(c).toMatchObject({ status: 'dispatched', responsibleUnitId: 'unit.cmt.lvdi' });
    expect(c.rulings).toMatchObject([{ type: 'return', unitId: 'unit.zhucan', approved: true, reason: 'not_our_area' }]);
    expect(c.custody.map((s) => s.unitId)).toEqual(['unit.zhucan', 'unit.cmt.lvdi']);
    expect((await h.call('queues:supervisor', {}, sup)).items).toEqual([]);
    // The former holder keeps the case's history in view, but no longer as work.
    expect(await h.call('cases:get', { caseId }, handler)).toMatchObject({ case: { id: caseId } });
    expect((await h.call('queues:unit', {}, handler)).items).toEqual([]);
    expect((await h.call('queues:unit', {}, await h.login('h-lvdi'))).items.map((x) => x.id)).toEqual([caseId]);
  });

  it('accepts a return within 2 working days of dispatch, counted on the working calendar, and refuses it after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Friday 2026-11-27 10:00 in Shanghai: the window runs over the weekend to Tuesday 24:00.
    vi.setSystemTime(new Date('2026-11-27T02:00:00Z'));
    const late = await dispatchedMealCase();
    const inTime = await dispatchedMealCase();
    vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
    const request = { reason: 'unclear_ownership', note: '该处绿地权属不清，需先确权' };
    expect(await ok(await h.login('h-zhucan'), inTime.caseId, 'case.return_requested', request)).toMatchObject({
      status: 'return_requested',
    });
    vi.setSystemTime(new Date('2026-12-01T16:30:00Z'));
    const before = await snapshot(late.caseId);
    expect(await act(await h.login('h-zhucan'), late.caseId, 'case.return_requested', request)).toMatchObject({
      ok: false,
      error: { code: 'return_window_passed', message: expect.stringContaining('2026-12-01 24:00') },
    });
    expect(await snapshot(late.caseId)).toEqual(before);
  });

  it('closes a merged duplicate together with its main case, in the same step', async () => {
    const main = await repliedCase();
    const dup = await dispatchedMealCase();
    const before = await snapshot(dup.caseId);
    expect(await act(main.op, dup.caseId, 'case.merged', { intoCaseNumber: 'GH01-20000101-9999' })).toMatchObject({
      error: { code: 'not_found', field: 'payload.intoCaseNumber' },
    });
    expect(await act(main.handler, dup.caseId, 'case.merged', { intoCaseNumber: main.number })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await snapshot(dup.caseId)).toEqual(before);
    expect(await ok(main.op, dup.caseId, 'case.merged', { intoCaseNumber: main.number })).toMatchObject({ status: 'merged' });
    const pushed: unknown[] = [];
    h.core.subscribe(() => main.op, (_event, payload) => pushed.push(payload));
    await ok(main.op, main.caseId, 'case.evaluated', { resolved: true, satisfaction: 'basically_satisfied', cause: null, note: '' });
    expect(pushed).toEqual([{ ids: [main.caseId, dup.caseId] }]);
    const { case: child, events } = await snapshot(dup.caseId);
    expect(child).toMatchObject({ status: 'closed', closeReason: 'main_case_closed', mergedIntoCaseId: main.caseId });
    expect(events.map((e) => e.type).slice(-2)).toEqual(['case.merged', 'case.closed']);
    const another = await dispatchedMealCase();
    expect(await act(main.op, another.caseId, 'case.merged', { intoCaseNumber: main.number })).toMatchObject({
      error: { code: 'invalid_transition' },
    });
  });

  it('lets a whistled unit see the case, report and add notes, while the responsible unit stays the owner', async () => {
    const { caseId } = await dispatchedMealCase('unit.zhucan');
    const owner = await h.login('h-zhucan');
    await ok(owner, caseId, 'case.accepted', {});
    await ok(owner, caseId, 'case.whistled', { unitIds: ['unit.cmt.lvdi'], question: '请居委协助核实两位老人的居住情况' });
    const lvdi = await h.login('h-lvdi');
    expect((await h.call('cases:list', {}, lvdi)).items.map((c) => c.id)).toEqual([caseId]);
    expect((await h.call('queues:unit', {}, lvdi)).items.map((c) => c.id)).toEqual([caseId]);
    expect(await act(lvdi, caseId, 'case.noted', { note: '想先记一笔' })).toMatchObject({ error: { code: 'forbidden' } });
    await ok(lvdi, caseId, 'case.reported', { note: '居委已到场' });
    await ok(lvdi, caseId, 'case.noted', { note: '已上门核实：两位老人独居，行动不便' });
    expect(await act(lvdi, caseId, 'case.replied', reply)).toMatchObject({ error: { code: 'forbidden' } });
    expect(await act(lvdi, caseId, 'case.reported', { note: '' })).toMatchObject({ error: { code: 'forbidden' } });
    const { case: c, events } = await snapshot(caseId);
    expect(c).toMatchObject({ responsibleUnitId: 'unit.zhucan', coHandlerUnitIds: ['unit.cmt.lvdi'] });
    expect(c.whistles).toMatchObject([{ unitId: 'unit.cmt.lvdi', reportedAt: expect.any(String) }]);
    expect(events.find((e) => e.type === 'case.reported')?.payload).toEqual({ unitId: 'unit.cmt.lvdi', note: '居委已到场' });
    expect(await h.raw('cases:get', { caseId }, await h.login('h-laoling'))).toMatchObject({ error: { code: 'not_found' } });
  });

  it('holds a special closure open until the supervisor approves its written justification', async () => {
    const { caseId, op } = await dispatchedMealCase();
    const handler = await h.login('h-zhucan');
    await ok(handler, caseId, 'case.accepted', {});
    const special = { ...reply, closureCode: 'unreasonable' };
    expect(await act(handler, caseId, 'case.replied', special)).toMatchObject({ error: { code: 'justification_required' } });
    await ok(handler, caseId, 'case.replied', { ...special, justification: '来电人要求免费全天陪护，超出助餐服务政策范围，已书面解释' });
    const { case: waiting } = await snapshot(caseId);
    expect(waiting).toMatchObject({ status: 'accepted', pending: { type: 'special_closure', closureCode: 'unreasonable' } });
    expect((await h.call('queues:callback', {}, op)).items).toEqual([]);
    const sup = await h.login('sup01');
    expect((await h.call('queues:supervisor', {}, sup)).items.map((c) => c.id)).toEqual([caseId]);
    await ok(sup, caseId, 'case.special_closure_ruled', { approved: true, note: '理由充分' });
    expect((await snapshot(caseId)).case).toMatchObject({ status: 'replied', pending: null });
    expect((await h.call('queues:callback', {}, op)).items.map((c) => c.id)).toEqual([caseId]);
  });

  it('grants extensions up to 10 working days in total, each approved by the supervisor', async () => {
    const { caseId } = await dispatchedMealCase();
    const handler = await h.login('h-zhucan');
    const sup = await h.login('sup01');
    await ok(handler, caseId, 'case.accepted', {});
    await ok(handler, caseId, 'case.extension_requested', { workingDays: 7, reason: '需协调配餐点' });
    await ok(sup, caseId, 'case.extension_ruled', { approved: true, note: '' });
    expect(await act(handler, caseId, 'case.extension_requested', { workingDays: 4, reason: '还需时间' })).toMatchObject({
      error: { code: 'extension_limit', message: expect.stringContaining('3') },
    });
    expect((await snapshot(caseId)).case).toMatchObject({ status: 'accepted', extensionDaysGranted: 7 });
  });

  it('reopens a unit-side dissatisfaction to the same unit and sends a policy-limited one to the supervisor', async () => {
    const first = await repliedCase();
    // Replied, it is the hotline's to call back: out of the unit's work until it comes back.
    expect((await h.call('queues:unit', {}, first.handler)).items.map((c) => c.id)).not.toContain(first.caseId);
    const dissatisfied = { resolved: false, satisfaction: 'dissatisfied', note: '' };
    expect(await act(first.op, first.caseId, 'case.evaluated', { ...dissatisfied, cause: null })).toMatchObject({
      error: { code: 'cause_required' },
    });
    await ok(first.op, first.caseId, 'case.evaluated', { ...dissatisfied, cause: 'unit_side' });
    expect((await snapshot(first.caseId)).case).toMatchObject({ status: 'reopened', responsibleUnitId: 'unit.zhucan', reopenCount: 1 });
    expect((await h.call('queues:unit', {}, first.handler)).items.map((c) => c.id)).toEqual([first.caseId]);

    const second = await repliedCase();
    await ok(second.op, second.caseId, 'case.evaluated', { ...dissatisfied, cause: 'policy_limited' });
    const sup = await h.login('sup01');
    expect((await h.call('queues:supervisor', {}, sup)).items.map((c) => c.id)).toEqual([second.caseId]);
    expect(await act(second.op, second.caseId, 'case.reopened', { reason: '' })).toMatchObject({ error: { code: 'forbidden' } });
    expect(await ok(sup, second.caseId, 'case.closed', { note: '政策所限，已解释' })).toMatchObject({ status: 'closed' });
    expect((await snapshot(second.caseId)).case.closeReason).toBe('supervisor');
  });

  it('closes a case as unreachable only after 3 failed callback attempts, recording them', async () => {
    const { op, caseId } = await repliedCase();
    await ok(op, caseId, 'case.callback_failed', { outcome: 'no_answer', note: '' });
    expect(await act(op, caseId, 'case.closed', { note: '' })).toMatchObject({
      error: { code: 'callback_attempts_remaining', message: expect.stringContaining('2') },
    });
    await ok(op, caseId, 'case.callback_failed', { outcome: 'no_answer', note: '' });
    await ok(op, caseId, 'case.callback_failed', { outcome: 'refused', note: '' });
    expect(await ok(op, caseId, 'case.closed', { note: '三次回访未果' })).toMatchObject({ status: 'closed' });
    const { case: c } = await snapshot(caseId);
    expect(c).toMatchObject({ closeReason: 'callback_failed' });
    expect(c.callbackFailures.map((f) => f.outcome)).toEqual(['no_answer', 'no_answer', 'refused']);
  });

  it('validates each action’s payload at the boundary', async () => {
    const { caseId } = await dispatchedMealCase();
    const handler = await h.login('h-zhucan');
    expect(await act(handler, caseId, 'case.return_requested', { reason: 'too_busy', note: 'x' })).toMatchObject({
      error: { code: 'invalid_input', field: 'payload.reason' },
    });
    expect(await act(handler, caseId, 'case.accepted', { unitId: 'unit.laoling' })).toMatchObject({
      error: { code: 'invalid_input' },
    });
    expect(await h.raw('cases:act', { caseId, action: 'case.registered', payload: {} }, handler)).toMatchObject({
      error: { code: 'invalid_input' },
    });
  });
});
