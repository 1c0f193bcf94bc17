import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { defaultSlaPolicy } from '../../../shared/sla/default-policy';
import { yearScheduleExample2027 } from '../../../shared/sla/year-schedule.example';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
});
afterEach(() => h.close());

const hours = (ms: number) => ms / 3_600_000;

describe('the SLA API', () => {
  it('shows a case every clock, the unit charged and the policy version it runs under', async () => {
    const op = await h.login('op01');
    const c = await h.call('cases:create', { ...mealCase, urgency: 'high', dispatchToUnitId: 'unit.zhucan' }, op);
    const view = await h.call('sla:caseClocks', { caseId: c.id }, op);
    expect(view.policyVersion).toBe(1);
    expect(view.custody).toEqual([{ unitId: 'unit.zhucan', from: c.clockStartedAt, to: null }]);
    expect(view.clocks.map((k) => [k.clock, k.unitId, hours(Date.parse(k.deadline) - Date.parse(k.startedAt))])).toEqual([
      ['dispatch', null, 0.25],
      ['accept', 'unit.zhucan', 0.5],
      ['firstContact', 'unit.zhucan', 2],
      ['reply', 'unit.zhucan', 24],
    ]);
    // Another unit's handler learns nothing of it.
    const other = await h.raw('sla:caseClocks', { caseId: c.id }, await h.login('h-laoling'));
    expect(other).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lists a case’s clocks in the order of the loop when they started in the same instant: 派单 before 签收', async () => {
    // A clock that stands still: the dispatch and the unit's clocks start in the same millisecond.
    const instant = new Date();
    const still = await openTestCore(undefined, { testClock: { now: () => instant, advance: () => undefined } });
    try {
      const op = await still.login('op01');
      const c = await still.call('cases:create', { ...mealCase, urgency: 'high', dispatchToUnitId: 'unit.zhucan' }, op);
      const view = await still.call('sla:caseClocks', { caseId: c.id }, op);
      expect(new Set(view.clocks.map((k) => k.startedAt)).size).toBe(1);
      expect(view.clocks.map((k) => k.clock)).toEqual(['dispatch', 'accept', 'firstContact', 'reply']);
    } finally {
      still.close();
    }
  });

  it('alerts every dispatcher to a case nobody has dispatched yet, and a dispatcher to no one else’s dispatches', async () => {
    const op = await h.login('op01');
    const waiting = await h.call('cases:create', { ...mealCase, urgency: 'urgent', dispatchToUnitId: null }, op);
    const sent = await h.call('cases:create', { ...mealCase, urgency: 'urgent', dispatchToUnitId: 'unit.zhucan' }, op);
    const alerted = async (user: string) => (await h.call('sla:alerts', {}, await h.login(user))).clocks.map((k) => `${k.caseId === waiting.id ? 'waiting' : k.caseId === sent.id ? 'sent' : k.caseId} ${k.clock}`);
    const dispatcher = await alerted('disp01');
    expect(dispatcher).toContain('waiting dispatch');
    expect(dispatcher.filter((a) => a.startsWith('sent'))).toEqual([]);
    expect(await alerted('h-zhucan')).not.toContain('waiting dispatch');
  });

  it('lists open cases on the board by time to breach, filtered, and a handler only its own', async () => {
    const op = await h.login('op01');
    const normal = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const urgent = await h.call('cases:create', { ...mealCase, urgency: 'urgent', dispatchToUnitId: 'unit.laoling' }, op);
    const undispatched = await h.call('cases:create', mealCase, op);
    const board = await h.call('board:list', {}, op);
    expect(board.rows.map((r) => [r.caseId, r.nextClock])).toEqual([
      [urgent.id, 'accept'],
      // Saved, not dispatched: its 2-hour dispatch clock puts it above a normal case's day to accept.
      [undispatched.id, 'dispatch'],
      [normal.id, 'accept'],
    ]);
    expect((await h.call('board:list', { urgency: 'normal', unitId: 'unit.zhucan' }, op)).rows.map((r) => r.caseId)).toEqual([normal.id]);
    // The first rows alone, in the same order, still counting every open case; and a filter counts only its own.
    const first = await h.call('board:list', { limit: 2 }, op);
    expect(first.rows).toEqual(board.rows.slice(0, 2));
    expect([first.total, board.total]).toEqual([3, 3]);
    expect((await h.call('board:list', { limit: 2, urgency: 'urgent' }, op)).total).toBe(1);
    expect((await h.call('board:list', { limit: 1 }, await h.login('h-zhucan'))).total).toBe(1);
    expect((await h.call('board:list', {}, await h.login('h-zhucan'))).rows.map((r) => r.caseId)).toEqual([normal.id]);
    const nearest = await h.call('sla:nearest', { caseIds: [normal.id, urgent.id, undispatched.id] }, op);
    expect(nearest.clocks.map((k) => [k.caseId, k.clock])).toEqual(
      expect.arrayContaining([[normal.id, 'accept'], [urgent.id, 'accept'], [undispatched.id, 'dispatch']]),
    );
    expect(nearest.clocks).toHaveLength(3);
  });

  it('masks callers on the wall display unless privacy mode is turned off', async () => {
    const op = await h.login('op01');
    await h.call('cases:create', { ...mealCase, urgency: 'urgent', dispatchToUnitId: 'unit.zhucan' }, op);
    const sup = await h.login('sup01');
    const wall = await h.call('wall:get', {}, sup);
    expect(wall.privacy).toBe(true);
    expect(wall.todayIntake).toBe(1);
    expect(wall.openByStatus).toEqual([{ status: 'dispatched', count: 1 }]);
    expect(wall.breachingSoon.map((c) => [c.clock, c.callerName, c.callerPhone])).toEqual([
      ['accept', '张**', '138****8000'],
      ['firstContact', '张**', '138****8000'],
      ['reply', '张**', '138****8000'],
    ]);
    expect(wall.forecast).toEqual([{ unitId: 'unit.zhucan', count: 3 }]);
    expect(wall.trend).toHaveLength(7);
    expect(wall.trend.at(-1)?.intake).toBe(1);
    expect(wall.hotspots).toEqual([{ committeeId: 'cmt.lvdi', categoryId: 'cat.ageing.meal', count: 1 }]);
    expect((await h.call('wall:get', { privacy: false }, sup)).breachingSoon[0]?.callerName).toBe('张阿姨');
  });

  it('saves a policy as a new version: new cases run under it, earlier ones keep theirs', async () => {
    const op = await h.login('op01');
    const admin = await h.login('admin');
    const before = await h.call('cases:create', { ...mealCase, urgency: 'urgent', dispatchToUnitId: 'unit.zhucan' }, op);
    const rules = structuredClone(defaultSlaPolicy.rules);
    rules.urgent.help.accept = { unit: 'minutes', amount: 10 };
    const saved = await h.call('sla:savePolicy', { rules, effectiveFrom: null }, admin);
    expect(saved.version).toBe(2);
    const after = await h.call('cases:create', { ...mealCase, urgency: 'urgent', dispatchToUnitId: 'unit.zhucan' }, op);
    const acceptMinutes = async (id: string) => {
      const view = await h.call('sla:caseClocks', { caseId: id }, op);
      const accept = view.clocks.find((k) => k.clock === 'accept');
      return [view.policyVersion, accept ? (Date.parse(accept.deadline) - Date.parse(accept.startedAt)) / 60_000 : null];
    };
    expect(await acceptMinutes(before.id)).toEqual([1, 15]);
    expect(await acceptMinutes(after.id)).toEqual([2, 10]);
    expect((await h.call('sla:policies', {}, admin)).policies.map((p) => [p.policy.version, p.savedBy])).toEqual([
      [1, 'system'],
      [2, 'user.admin'],
    ]);
    expect(await h.raw('sla:savePolicy', { rules, effectiveFrom: null }, await h.login('sup01'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('versions the dispatch limit with the policy: a waiting case keeps the limit it was filed under', async () => {
    const op = await h.login('op01');
    const admin = await h.login('admin');
    const before = await h.call('cases:create', { ...mealCase, urgency: 'high' }, op);
    const dispatch = { ...defaultSlaPolicy.dispatch, high: { unit: 'minutes', amount: 10 } } as const;
    expect((await h.call('sla:savePolicy', { rules: defaultSlaPolicy.rules, dispatch, effectiveFrom: null }, admin)).dispatch.high).toEqual(dispatch.high);
    const after = await h.call('cases:create', { ...mealCase, urgency: 'high' }, op);
    const dispatchMinutes = async (id: string) => {
      const k = (await h.call('sla:caseClocks', { caseId: id }, op)).clocks.find((c) => c.clock === 'dispatch');
      return k ? (Date.parse(k.deadline) - Date.parse(k.startedAt)) / 60_000 : null;
    };
    expect([await dispatchMinutes(before.id), await dispatchMinutes(after.id)]).toEqual([15, 10]);
    expect((await h.call('sla:policies', {}, admin)).policies.at(-1)?.policy.dispatch.high).toEqual(dispatch.high);
  });

  it('keeps calendar overrides and loaded years, with their history, and checks a year file before taking it', async () => {
    const admin = await h.login('admin');
    await h.call('sla:saveOverride', { date: '2026-12-01', working: false, reason: '镇庆' }, admin);
    const year2028 = JSON.stringify({ year: 2028, holidays: [{ date: '2028-01-01', name: '元旦' }], workdays: [] });
    const wrongYear = await h.call('sla:loadYear', { text: year2028 }, admin);
    expect(wrongYear).toMatchObject({ ok: false, issues: [{ code: 'wrong_year', expected: 2027 }] });
    expect(await h.call('sla:loadYear', { text: 'not json' }, admin)).toEqual({ ok: false, issues: [{ code: 'not_json' }] });
    expect(await h.call('sla:loadYear', { text: yearScheduleExample2027 }, admin)).toEqual({ ok: true, year: 2027 });
    await h.call('sla:removeOverride', { date: '2026-12-01' }, admin);
    const calendar = await h.call('sla:calendar', {}, admin);
    expect(calendar.coveredThrough).toBe('2027-12-31');
    expect(calendar.overrides).toEqual([]);
    expect(calendar.history.map((e) => e.change.type)).toEqual(['override_removed', 'year_loaded', 'override_saved']);
  });

  it('lists supervision cards for the supervisor, not for a handler', async () => {
    expect(await h.call('sla:cards', {}, await h.login('sup01'))).toEqual({ cards: [] });
    expect(await h.raw('sla:cards', {}, await h.login('h-zhucan'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
