import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableActions, checkCaseAction, roleActions, type ProposedAction } from './actions';
import { actors, BASE_MS, caseActions, moveArb, play, playMoves, samplePayload } from '../../tests/support/play-case';

describe('the closed loop state machine', () => {
  it('offers exactly the actions it would allow, payload rules aside, in every state the rules reach', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 30 }), (moves) => {
        for (const record of playMoves(moves).history) {
          for (const actor of Object.values(actors)) {
            const offered = availableActions(record, actor);
            for (const action of caseActions) {
              const refusal = checkCaseAction(record, { type: action, payload: samplePayload(action) } as ProposedAction, actor);
              const byRole = refusal?.code === 'forbidden' || (refusal?.code === 'invalid_transition' && refusal.params?.status === record.status);
              expect(offered.includes(action), `${actor.role} ${action} in ${record.status}`).toBe(!byRole);
            }
          }
        }
      }),
      { seed: 41, numRuns: 60 },
    );
  });

  it("offers a role only actions among its role's actions, and each of them in some state", () => {
    const seen = new Map<string, Set<string>>();
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 30 }), (moves) => {
        for (const record of playMoves(moves).history) {
          for (const actor of Object.values(actors)) {
            const mine = roleActions(actor.role);
            for (const action of availableActions(record, actor)) {
              expect(mine, `${actor.role} ${action} in ${record.status}`).toContain(action);
              seen.set(actor.role, (seen.get(actor.role) ?? new Set()).add(action));
            }
          }
        }
      }),
      { seed: 43, numRuns: 60 },
    );
    expect(roleActions('handler')).toEqual(expect.arrayContaining(['case.contacted', 'case.replied']));
    expect(roleActions('handler')).not.toContain('case.return_ruled');
    expect([...(seen.get('handler') ?? [])]).toEqual(expect.arrayContaining(['case.accepted', 'case.contacted', 'case.replied']));
  });

  it('never leaves a dispatched case without a responsible unit', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 40 }), (moves) => {
        const { history } = playMoves(moves);
        const firstDispatched = history.findIndex((r) => r.responsibleUnitId !== null);
        if (firstDispatched >= 0) for (const r of history.slice(firstDispatched)) expect(r.responsibleUnitId).not.toBeNull();
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('closes a case only with a reply and a callback outcome (事事有回音)', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 60 }), (moves) => {
        const { record } = playMoves(moves);
        if (record.status === 'closed') {
          expect(record.reply).not.toBeNull();
          expect(record.evaluation !== null || record.callbackFailures.length >= 3).toBe(true);
        }
        expect(record.extensionDaysGranted).toBeLessThanOrEqual(10);
      }),
      { seed: 43, numRuns: 300 },
    );
  });

  it('walks the happy path: dispatch, accept, contact, reply, evaluated satisfied → closed', () => {
    const { record } = play([
      { type: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } },
      { type: 'case.accepted', actor: 'handlerA', payload: { unitId: 'unit.a' } },
      { type: 'case.contacted', actor: 'handlerA', payload: { contactedAt: new Date(BASE_MS).toISOString(), method: 'phone', summary: '已联系' } },
      { type: 'case.replied', actor: 'handlerA', payload: { result: '已整改', answer: '施工单位已停止夜间施工', closureCode: 'solved', justification: '' } },
      { type: 'case.evaluated', actor: 'operator', payload: { resolved: true, satisfaction: 'satisfied', cause: null, note: '' } },
    ]);
    expect(record).toMatchObject({ status: 'closed', closeReason: 'evaluated', responsibleUnitId: 'unit.a' });
    expect(record.custody).toEqual([{ unitId: 'unit.a', from: expect.any(String), to: null }]);
  });

  it('moves ownership only by an approved return, and charges the ledger', () => {
    const { record } = play([
      { type: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } },
      { type: 'case.return_requested', actor: 'handlerA', payload: { reason: 'not_our_area', note: '不属本辖区' } },
      { type: 'case.return_ruled', actor: 'supervisor', payload: { approved: true, note: '', redispatchToUnitId: 'unit.b' } },
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
      { type: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } },
      { type: 'case.accepted', actor: 'handlerA', payload: { unitId: 'unit.a' } },
    ] as const;
    const reply = { result: '无法解决', answer: '超出职能范围', closureCode: 'unsolvable', justification: '' } as const;
    const refused = play([...start, { type: 'case.replied', actor: 'handlerA', payload: reply }]);
    expect(refused.record.status).toBe('accepted');
    expect(checkCaseAction(refused.record, { type: 'case.replied', payload: reply }, actors.handlerA)).toEqual({
      code: 'justification_required',
    });
    const justified = { ...reply, justification: '该路段属市政管养，镇级无权处置，已转告市级部门' };
    const pending = play([...start, { type: 'case.replied', actor: 'handlerA', payload: justified }]);
    expect(pending.record).toMatchObject({ status: 'accepted', pending: { type: 'special_closure' }, needsSupervisor: true });
    const approved = play([
      ...start,
      { type: 'case.replied', actor: 'handlerA', payload: justified },
      { type: 'case.special_closure_ruled', actor: 'supervisor', payload: { approved: true, note: '同意' } },
    ]);
    expect(approved.record).toMatchObject({ status: 'replied', pending: null, needsSupervisor: false });
  });

  it('refuses, before any store is asked, a re-dispatch to the unit that returned the case', () => {
    const { record } = play([
      { type: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } },
      { type: 'case.return_requested', actor: 'handlerA', payload: { reason: 'not_our_area', note: '不属本辖区' } },
    ]);
    const ruling = (redispatchToUnitId: string | null) => ({ type: 'case.return_ruled', payload: { approved: true, note: '', redispatchToUnitId } }) as const;
    expect(checkCaseAction(record, ruling('unit.a'), actors.supervisor)).toEqual({ code: 'redispatch_required' });
    expect(checkCaseAction(record, ruling(null), actors.supervisor)).toEqual({ code: 'redispatch_required' });
    expect(checkCaseAction(record, ruling('unit.b'), actors.supervisor)).toBeNull();
  });

  it('dispatches only a registered case, by the same table', () => {
    const registered = play([]).record;
    const dispatch = { type: 'case.dispatched', payload: { unitId: 'unit.a', note: '' } } as const;
    expect(availableActions(registered, actors.dispatcher)).toContain('case.dispatched');
    expect(checkCaseAction(registered, dispatch, actors.handlerA)).toEqual({ code: 'forbidden' });
    const dispatched = play([{ ...dispatch, actor: 'dispatcher' }]).record;
    expect(checkCaseAction(dispatched, dispatch, actors.dispatcher)).toEqual({
      code: 'invalid_transition',
      params: { status: 'dispatched', action: 'case.dispatched' },
    });
    expect(availableActions(dispatched, actors.dispatcher)).not.toContain('case.dispatched');
  });

  it('offers a handler only its own unit’s actions', () => {
    const { record } = play([{ type: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } }]);
    expect(availableActions(record, actors.handlerA)).toEqual(
      expect.arrayContaining(['case.accepted', 'case.return_requested', 'case.extension_requested']),
    );
    expect(availableActions(record, actors.handlerB)).toEqual([]);
    expect(checkCaseAction(record, { type: 'case.accepted', payload: { unitId: 'unit.b' } }, actors.handlerB)).toEqual({ code: 'forbidden' });
    expect(checkCaseAction(record, { type: 'case.return_ruled', payload: { approved: true, note: '', redispatchToUnitId: 'unit.b' } }, actors.dispatcher)).toEqual({
      code: 'forbidden',
    });
  });

  it('lets the supervisor whistle units into a dispatched case (a proactive case), the responsible unit too, no one else', () => {
    const { record } = play([{ type: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } }]);
    const whistle: ProposedAction = { type: 'case.whistled', payload: { unitIds: ['unit.b'], question: '请报到' } };
    expect(checkCaseAction(record, whistle, actors.supervisor)).toBeNull();
    expect(checkCaseAction(record, whistle, actors.handlerA)).toBeNull();
    expect(checkCaseAction(record, whistle, actors.handlerB)).toEqual({ code: 'forbidden' });
    expect(checkCaseAction(record, whistle, actors.dispatcher)).toEqual({ code: 'forbidden' });
    expect(checkCaseAction(play([]).record, whistle, actors.supervisor)).toEqual({
      code: 'invalid_transition',
      params: { status: 'registered', action: 'case.whistled' },
    });
  });
});
