import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../api/errors';
import { roles } from '../reference/types';
import { formatHlc } from '../sync/hlc';
import { actionRules, availableActions, checkCaseAction, type Actor, type CaseAction } from './actions';
import type { CaseEvent, LoopPayload } from './events';
import { applyCaseEvent, foldCase } from './fold';
import type { CaseRecord } from './record';
import { caseStatuses } from './vocabulary';
import { testUlid } from '../../tests/support/ids';

const CASE_ID = '01JD0000000000000000000000';
const BASE_MS = 1_764_000_000_000;
let serial = 0;
const nextUlid = () => testUlid(++serial, '01JE');

function event<T extends CaseEvent['type']>(type: T, payload: unknown, step: number, actorId = 'user.x'): CaseEvent {
  return {
    id: nextUlid(),
    caseId: CASE_ID,
    seatId: 'GH01',
    hlc: formatHlc({ wallMs: BASE_MS + step * 60_000, counter: 0, node: 'GH01' }),
    actorId,
    type,
    payload,
  } as CaseEvent;
}

const registration = event(
  'case.registered',
  {
    number: 'GH01-20251124-0001',
    kind: 'complaint',
    urgency: 'normal',
    categoryId: 'cat.noise.construction',
    committeeId: 'cmt.lvdi',
    caller: { phone: '+8613800138000', name: '李先生' },
    address: '金京路 100 号',
    description: '夜间施工噪音扰民',
    registeredAt: new Date(BASE_MS).toISOString(),
    filedOffline: false,
  },
  0,
);

const actors: Record<string, Actor> = {
  operator: { role: 'operator', unitId: null },
  dispatcher: { role: 'dispatcher', unitId: null },
  supervisor: { role: 'supervisor', unitId: null },
  handlerA: { role: 'handler', unitId: 'unit.a' },
  handlerB: { role: 'handler', unitId: 'unit.b' },
  handlerC: { role: 'handler', unitId: 'unit.c' },
};

const unitArb = fc.constantFrom('unit.a', 'unit.b', 'unit.c');
const text = fc.constantFrom('已联系来电人，说明情况', '已现场查看并督促整改，施工单位承诺夜间停工', '好');

/** A payload for each action, valid or not: the checker must sort them out. */
const payloadArb: { [A in CaseAction]: fc.Arbitrary<unknown> } = {
  'case.dispatched': fc.record({ unitId: unitArb, note: fc.constant('') }),
  'case.accepted': fc.record({ unitId: unitArb }),
  'case.contacted': fc.record({
    contactedAt: fc.constant(new Date(BASE_MS).toISOString()),
    method: fc.constantFrom('phone', 'visit'),
    summary: text,
  }),
  'case.noted': fc.record({ unitId: fc.option(unitArb), note: text }),
  'case.replied': fc.record({
    result: text,
    answer: text,
    closureCode: fc.constantFrom('solved', 'explained', 'unreasonable', 'unsolvable'),
    justification: fc.constantFrom('', '来电人要求超出政策范围，已多次解释并书面答复'),
  }),
  'case.special_closure_ruled': fc.record({ approved: fc.boolean(), note: fc.constant('') }),
  'case.conflict_ruled': fc.record({ keepUnitId: unitArb, note: fc.constant('') }),
  'case.return_requested': fc.record({ reason: fc.constantFrom('not_our_area', 'other'), note: text }),
  'case.return_ruled': fc.record({ approved: fc.boolean(), note: fc.constant(''), redispatchToUnitId: fc.option(unitArb) }),
  'case.extension_requested': fc.record({ workingDays: fc.integer({ min: 1, max: 10 }), reason: text }),
  'case.extension_ruled': fc.record({ approved: fc.boolean(), note: fc.constant('') }),
  'case.whistled': fc.record({ unitIds: fc.uniqueArray(unitArb, { minLength: 1, maxLength: 2 }), question: text }),
  'case.reported': fc.record({ unitId: unitArb, note: fc.constant('') }),
  'case.callback_failed': fc.record({ outcome: fc.constantFrom('no_answer', 'refused'), note: fc.constant('') }),
  'case.evaluated': fc.record({
    resolved: fc.boolean(),
    satisfaction: fc.constantFrom('satisfied', 'basically_satisfied', 'dissatisfied'),
    cause: fc.option(fc.constantFrom('unit_side', 'policy_limited')),
    note: fc.constant(''),
  }),
  'case.reopened': fc.record({ reason: fc.constant('') }),
  'case.closed': fc.record({ reason: fc.constantFrom('callback_failed', 'supervisor'), note: fc.constant('') }),
  'case.merged': fc.record({ intoCaseId: fc.constant('01JF0000000000000000000000') }),
  'case.supervised': fc.record({ card: fc.constantFrom('yellow', 'red'), clock: fc.constant('reply'), note: fc.constant('') }),
  'case.answered': fc.record({ knowledgeId: fc.constant(null), answer: text }),
  'case.linked': fc.record({
    mainCaseId: fc.constant('01JF0000000000000000000000'),
    mainNumber: fc.constant('GH01-20251124-0009'),
    reasons: fc.constant(['same_phone']),
  }),
  'case.repeat_call': fc.record({ childCaseId: fc.constant('01JF0000000000000000000001'), childNumber: fc.constant('GH01-20251124-0010') }),
  'case.transferred': fc.record({ service: fc.constantFrom('110', '119', '120'), matched: fc.constant(['着火']) }),
  'case.emergency_dismissed': fc.record({ service: fc.constantFrom('110', '119', '120'), matched: fc.constant(['晕倒']) }),
};

const stepArb = fc.constantFrom(...(Object.keys(actionRules) as CaseAction[])).chain((action) =>
  fc.record({ action: fc.constant(action), actor: fc.constantFrom(...Object.keys(actors)), payload: payloadArb[action] }),
);

/** Plays attempted actions through the checker, as the core does, keeping only the allowed ones. */
function play(steps: readonly { action: CaseAction; actor: string; payload: unknown }[]) {
  const events: CaseEvent[] = [registration];
  let record = foldCase(events) as CaseRecord;
  const history: CaseRecord[] = [record];
  steps.forEach((step, i) => {
    const actor = actors[step.actor] as Actor;
    if (checkCaseAction(record, step.action, actor, step.payload as LoopPayload<'case.noted'>) !== null) return;
    const e = event(step.action, step.payload, i + 1);
    events.push(e);
    record = applyCaseEvent(record, e);
    history.push(record);
  });
  return { events, record, history };
}

describe('the closed loop state machine', () => {
  it('answers every state × action × role with allowed or a known code', () => {
    const base = foldCase([registration]) as CaseRecord;
    for (const status of caseStatuses) {
      for (const action of Object.keys(actionRules) as CaseAction[]) {
        for (const role of roles) {
          const refusal = checkCaseAction({ ...base, status }, action, { role, unitId: 'unit.a' }, {
            unitId: 'unit.a',
            note: '',
          });
          if (refusal) expect(errorCodes).toContain(refusal.code);
        }
      }
    }
  });

  it('never leaves a dispatched case without a responsible unit', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const { history } = play(steps);
        const firstDispatched = history.findIndex((r) => r.responsibleUnitId !== null);
        if (firstDispatched >= 0) for (const r of history.slice(firstDispatched)) expect(r.responsibleUnitId).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('closes a case only with a reply and a callback outcome (事事有回音)', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        const { record } = play(steps);
        if (record.status === 'closed') {
          expect(record.reply).not.toBeNull();
          expect(record.evaluation !== null || record.callbackFailures.length >= 3).toBe(true);
        }
        expect(record.extensionDaysGranted).toBeLessThanOrEqual(10);
      }),
      { numRuns: 300 },
    );
  });

  it('folds the allowed events to the same case in any delivery order', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), fc.nat(), (steps, seed) => {
        const { events, record } = play(steps);
        const shuffled = [...events].sort((a, b) => ((a.id.charCodeAt(25) * 31 + seed) % 97) - ((b.id.charCodeAt(25) * 31 + seed) % 97));
        expect(foldCase(shuffled)).toEqual(record);
      }),
      { numRuns: 200 },
    );
  });

  it('walks the happy path: dispatch, accept, contact, reply, evaluated satisfied → closed', () => {
    const { record } = play([
      { action: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } },
      { action: 'case.accepted', actor: 'handlerA', payload: { unitId: 'unit.a' } },
      { action: 'case.contacted', actor: 'handlerA', payload: { contactedAt: registration.hlc && new Date(BASE_MS).toISOString(), method: 'phone', summary: '已联系' } },
      { action: 'case.replied', actor: 'handlerA', payload: { result: '已整改', answer: '施工单位已停止夜间施工', closureCode: 'solved', justification: '' } },
      { action: 'case.evaluated', actor: 'operator', payload: { resolved: true, satisfaction: 'satisfied', cause: null, note: '' } },
    ]);
    expect(record).toMatchObject({ status: 'closed', closeReason: 'evaluated', responsibleUnitId: 'unit.a' });
    expect(record.custody).toEqual([{ unitId: 'unit.a', from: expect.any(String), to: null }]);
  });

  it('moves ownership only by an approved return, and charges the ledger', () => {
    const { record } = play([
      { action: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } },
      { action: 'case.return_requested', actor: 'handlerA', payload: { reason: 'not_our_area', note: '不属本辖区' } },
      { action: 'case.return_ruled', actor: 'supervisor', payload: { approved: true, note: '', redispatchToUnitId: 'unit.b' } },
    ]);
    expect(record).toMatchObject({ status: 'dispatched', responsibleUnitId: 'unit.b', pending: null });
    expect(record.custody.map((s) => [s.unitId, s.to === null])).toEqual([
      ['unit.a', false],
      ['unit.b', true],
    ]);
    expect(record.rulings).toMatchObject([{ type: 'return', unitId: 'unit.a', approved: true, reason: 'not_our_area' }]);
  });

  it('keeps a special closure open until the supervisor approves it (四有推定)', () => {
    const start = [
      { action: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } },
      { action: 'case.accepted', actor: 'handlerA', payload: { unitId: 'unit.a' } },
    ] as const;
    const reply = { result: '无法解决', answer: '超出职能范围', closureCode: 'unsolvable', justification: '' };
    const refused = play([...start, { action: 'case.replied', actor: 'handlerA', payload: reply }]);
    expect(refused.record.status).toBe('accepted');
    expect(checkCaseAction(refused.record, 'case.replied', actors.handlerA as Actor, reply as LoopPayload<'case.replied'>)).toEqual({
      code: 'justification_required',
    });
    const justified = { ...reply, justification: '该路段属市政管养，镇级无权处置，已转告市级部门' };
    const pending = play([...start, { action: 'case.replied', actor: 'handlerA', payload: justified }]);
    expect(pending.record).toMatchObject({ status: 'accepted', pending: { type: 'special_closure' }, needsSupervisor: true });
    const approved = play([
      ...start,
      { action: 'case.replied', actor: 'handlerA', payload: justified },
      { action: 'case.special_closure_ruled', actor: 'supervisor', payload: { approved: true, note: '同意' } },
    ]);
    expect(approved.record).toMatchObject({ status: 'replied', pending: null, needsSupervisor: false });
  });

  it('offers a handler only its own unit’s actions', () => {
    const { record } = play([{ action: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } }]);
    expect(availableActions(record, actors.handlerA as Actor)).toEqual(
      expect.arrayContaining(['case.accepted', 'case.return_requested', 'case.extension_requested']),
    );
    expect(availableActions(record, actors.handlerB as Actor)).toEqual([]);
    expect(checkCaseAction(record, 'case.accepted', actors.handlerB as Actor, { unitId: 'unit.b' })).toEqual({ code: 'forbidden' });
    expect(checkCaseAction(record, 'case.return_ruled', actors.dispatcher as Actor, { approved: true, note: '', redispatchToUnitId: 'unit.b' })).toEqual({
      code: 'forbidden',
    });
  });
});
