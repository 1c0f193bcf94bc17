import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { DATABASE_FILE } from '../open-core';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
});
afterEach(() => h.close());

/** What is stored, read behind the core's back: the proof that a refused call wrote nothing. */
function storedCounts() {
  const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { events: count('events'), cases: count('cases'), sequences: count('seat_sequences') };
  } finally {
    db.close();
  }
}

describe('the API boundary', () => {
  it('files and dispatches a case, numbered by seat, Shanghai date and sequence', async () => {
    const op = await h.login('op01');
    const filed = await h.call('cases:create', mealCase, op);
    expect(filed.number).toMatch(/^GH01-\d{8}-0001$/);
    expect(filed.status).toBe('registered');
    const dispatched = await h.call('cases:dispatch', { caseId: filed.id, unitId: 'unit.zhucan' }, op);
    expect(dispatched.responsibleUnitId).toBe('unit.zhucan');
    expect(dispatched.status).toBe('dispatched');
    const second = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.cmt.lvdi' }, op);
    expect(second.number).toMatch(/-0002$/);
    expect(second.responsibleUnitId).toBe('unit.cmt.lvdi');
    const { events } = await h.call('cases:get', { caseId: second.id }, op);
    expect(events.map((e) => e.type)).toEqual(['case.registered', 'case.dispatched']);
    expect(events.every((e) => e.seatId === 'GH01' && e.actorId === 'user.op01')).toBe(true);
  });

  it('lists newest first and filters by status', async () => {
    const op = await h.login('op01');
    const a = await h.call('cases:create', mealCase, op);
    const b = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const all = await h.call('cases:list', {}, op);
    expect(all.items.map((c) => c.id)).toEqual([b.id, a.id]);
    const registered = await h.call('cases:list', { status: 'registered' }, op);
    expect(registered).toMatchObject({ total: 1, items: [{ id: a.id }] });
  });

  it('refuses every call without a live session, except login', async () => {
    for (const method of ['reference:get', 'cases:list', 'cases:create', 'auth:session']) {
      const result = await h.raw(method, {}, null);
      expect(result).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
    const forged = await h.raw('cases:list', {}, 'not-a-session');
    expect(forged).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('ends a session at logout', async () => {
    const op = await h.login('op01');
    await h.call('auth:logout', {}, op);
    expect(await h.raw('cases:list', {}, op)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('says which field is wrong, in the seat language, and writes nothing', async () => {
    const op = await h.login('op01');
    const before = storedCounts();
    const cases: Array<[unknown, string]> = [
      [{ ...mealCase, description: 'x'.repeat(1_000_000) }, 'description'],
      [{ ...mealCase, description: '   ' }, 'description'],
      [{ ...mealCase, kind: 'gossip' }, 'kind'],
      [{ ...mealCase, caller: { phone: 13800138000, name: '' } }, 'caller.phone'],
      [{ ...mealCase, categoryId: undefined }, 'categoryId'],
      [{ ...mealCase, extra: true }, ''],
    ];
    for (const [input, field] of cases) {
      const result = await h.raw('cases:create', input, op);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.field ?? '').toBe(field);
      expect(result.error.message).toMatch(/输入有误/);
    }
    const english = await h.raw('cases:create', { ...mealCase, description: '' }, op, 'en');
    expect(english).toMatchObject({ ok: false, error: { message: 'Invalid input: "Description" is required' } });
    expect(storedCounts()).toEqual(before);
  });

  it('refuses unknown references and writes nothing, not even a case number', async () => {
    const op = await h.login('op01');
    const before = storedCounts();
    for (const [input, field] of [
      [{ ...mealCase, categoryId: 'cat.ageing' }, 'categoryId'],
      [{ ...mealCase, committeeId: 'cmt.atlantis' }, 'committeeId'],
      [{ ...mealCase, dispatchToUnitId: 'unit.nowhere' }, 'dispatchToUnitId'],
    ] as const) {
      expect(await h.raw('cases:create', input, op)).toMatchObject({ ok: false, error: { code: 'unknown_reference', field } });
    }
    expect(storedCounts()).toEqual(before);
  });

  it('refuses a dispatch of a missing case, to a missing unit, or of a case already dispatched', async () => {
    const op = await h.login('op01');
    const filed = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    // Shown to the operator, as the console does after a save: its projection is written by then.
    expect(await h.call('cases:get', { caseId: filed.id }, op)).toMatchObject({ case: { status: 'dispatched' } });
    const before = storedCounts();
    expect(await h.raw('cases:dispatch', { caseId: 'nope', unitId: 'unit.zhucan' }, op)).toMatchObject({
      error: { code: 'not_found' },
    });
    expect(await h.raw('cases:dispatch', { caseId: filed.id, unitId: 'unit.laoling' }, op)).toMatchObject({
      error: { code: 'invalid_transition', message: '工单当前状态为「已派单」，不能执行「派单」。' },
    });
    expect(await h.raw('cases:dispatch', { caseId: filed.id, unitId: 42 }, op)).toMatchObject({
      error: { code: 'invalid_input', field: 'unitId' },
    });
    expect(storedCounts()).toEqual(before);
  });

  it('judges a dispatch at intake by the dispatch rule: the administrator may file, not dispatch', async () => {
    const admin = await h.login('admin');
    const before = storedCounts();
    expect(await h.raw('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', field: 'dispatchToUnitId' },
    });
    expect(storedCounts()).toEqual(before);
    expect(await h.call('cases:create', mealCase, admin)).toMatchObject({ status: 'registered' });
  });

  it('answers an unknown method with its code', async () => {
    const op = await h.login('op01');
    expect(await h.raw('cases:delete', {}, op, 'en')).toMatchObject({
      ok: false,
      error: { code: 'unknown_method', message: 'Unknown operation: cases:delete' },
    });
  });

  it('shows a handler only its own unit’s cases', async () => {
    const op = await h.login('op01');
    const mine = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.cmt.lvdi' }, op);
    const theirs = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    const handler = await h.login('h-lvdi');
    const list = await h.call('cases:list', {}, handler);
    expect(list.items.map((c) => c.id)).toEqual([mine.id]);
    expect(await h.raw('cases:get', { caseId: theirs.id }, handler)).toMatchObject({ error: { code: 'not_found' } });
    expect(await h.raw('cases:create', mealCase, handler)).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('locks an account after five wrong passwords, telling the guesser nothing new', async () => {
    for (let i = 0; i < 5; i++) {
      expect(await h.raw('auth:login', { username: 'op02', password: 'guess' })).toMatchObject({
        error: { code: 'bad_credentials' },
      });
    }
    expect(await h.raw('auth:login', { username: 'op02', password: 'demo-op02' })).toMatchObject({
      error: { code: 'bad_credentials' },
    });
  });

  it('pushes the ids of changed cases', async () => {
    const op = await h.login('op01');
    const pushed: unknown[] = [];
    h.core.subscribe(() => op, (event, payload) => pushed.push({ event, payload }));
    const filed = await h.call('cases:create', mealCase, op);
    expect(pushed).toEqual([{ event: 'cases:changed', payload: { ids: [filed.id] } }]);
  });
});
