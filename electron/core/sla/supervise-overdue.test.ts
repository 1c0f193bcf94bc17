import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { createHlcSource } from '../cases/hlc-source';
import { createProjector } from '../cases/projector';
import { createLogger } from '../log';
import type { CoreContext } from '../context';
import { registerCase } from '../intake/register-case';
import { performCaseAction } from '../loop/perform-action';
import { DATABASE_FILE } from '../open-core';
import { clocksOfCase, listCards } from '../store/case-sla';
import { getCaseRecord } from '../store/cases';
import { openDatabase } from '../store/db';
import { latestHlc } from '../store/events';
import { listUsers } from '../store/users';
import { createTestClock, type TestClock } from '../test-clock';
import { superviseOverdue } from './supervise-overdue';
import { cardsPerSlice, startSupervisionScheduler } from './supervision-scheduler';
import { createSeatSync } from '../sync/seat-sync';
import { fileSecretStore } from '../sync/secret-store';
import { sourceWorkerFile } from '../sync/sync-worker-host';

const minute = 60_000;
let h: CoreHarness;
let ctx: CoreContext;
let clock: TestClock;

beforeEach(async () => {
  h = await openTestCore();
  h.core.close();
  clock = createTestClock();
  const db = openDatabase(join(h.dataDir, DATABASE_FILE));
  ctx = {
    db,
    seatId: 'GH01',
    hlc: createHlcSource('GH01', latestHlc(db), () => clock.now().getTime()),
    now: () => clock.now(),
    newId: monotonicFactory(),
    publish: vi.fn(),
    searchIndex: { schedule: vi.fn(), flush: vi.fn(), catchUp: vi.fn(), stop: vi.fn() },
    projections: createProjector(db, createLogger('silent'), () => undefined),
    // Never enrolled here, so no worker starts.
    sync: createSeatSync({
      db,
      dbFile: join(h.dataDir, DATABASE_FILE),
      seatCode: 'GH01',
      secrets: fileSecretStore(join(h.dataDir, 'hub-credential')),
      workerFile: sourceWorkerFile(),
      log: createLogger('silent'),
      applied: vi.fn(),
      stateChanged: vi.fn(),
    }),
  };
});
afterEach(() => {
  ctx.db.close();
  h.close();
});

/** An urgent case dispatched now: accept 15 min, first contact 1 h, reply 2 h. */
function urgentCase() {
  const operator = listUsers(ctx.db).find((u) => u.username === 'op01');
  if (!operator) throw new Error('demo town without op01');
  const filed = registerCase(ctx, operator, { ...mealCase, urgency: 'urgent', dispatchToUnitId: 'unit.zhucan' });
  // What the next call does before it reads anything.
  ctx.projections.flush();
  return filed;
}
const cardsOf = (id: string) => getCaseRecord(ctx.db, id)?.cards.map((c) => `${c.card} ${c.clock}`);

describe('automatic supervision', () => {
  it('stores every clock with the case when it is dispatched', () => {
    const c = urgentCase();
    expect(clocksOfCase(ctx.db, c.id).map((k) => [k.clock, k.unitId, Date.parse(k.deadline) - Date.parse(k.startedAt)])).toEqual([
      ['dispatch', null, 5 * minute],
      ['accept', 'unit.zhucan', 15 * minute],
      ['firstContact', 'unit.zhucan', 60 * minute],
      ['reply', 'unit.zhucan', 120 * minute],
    ]);
  });

  it('cards nothing on time, a yellow when a clock is overdue, and never twice for the same lapse', () => {
    const c = urgentCase();
    clock.advance(14 * minute);
    expect(superviseOverdue(ctx, 100)).toEqual([]);
    clock.advance(2 * minute);
    expect(superviseOverdue(ctx, 100)).toEqual([c.id]);
    expect(cardsOf(c.id)).toEqual(['yellow accept']);
    expect(superviseOverdue(ctx, 100)).toEqual([]);
    clock.advance(5 * minute);
    expect(superviseOverdue(ctx, 100)).toEqual([]);
    expect(cardsOf(c.id)).toEqual(['yellow accept']);
    expect(ctx.publish).toHaveBeenCalledWith('cases:changed', { ids: [c.id] });
  });

  it('red once overdue by more than the whole limit, or when another clock lapses after a yellow', () => {
    const c = urgentCase();
    clock.advance(16 * minute);
    superviseOverdue(ctx, 100);
    // 31 min: the accept clock is overdue by more than its whole 15 minutes.
    clock.advance(15 * minute);
    superviseOverdue(ctx, 100);
    expect(cardsOf(c.id)).toEqual(['yellow accept', 'red accept']);
    // 61 min: first contact lapses too, on a case already carded: red at once, then nothing more.
    clock.advance(30 * minute);
    superviseOverdue(ctx, 100);
    superviseOverdue(ctx, 100);
    expect(cardsOf(c.id)).toEqual(['yellow accept', 'red accept', 'red firstContact']);
  });

  it('runs the dispatch clock on a saved, undispatched case and cards it when it lapses', () => {
    const operator = listUsers(ctx.db).find((u) => u.username === 'op01');
    if (!operator) throw new Error('demo town without op01');
    const c = registerCase(ctx, operator, { ...mealCase, urgency: 'high', dispatchToUnitId: null });
    ctx.projections.flush();
    const running = clocksOfCase(ctx.db, c.id);
    expect(running.map((k) => [k.clock, k.unitId, k.endedAt, Date.parse(k.deadline) - Date.parse(k.startedAt)])).toEqual([
      ['dispatch', null, null, 15 * minute],
    ]);
    clock.advance(14 * minute);
    expect(superviseOverdue(ctx, 100)).toEqual([]);
    clock.advance(2 * minute);
    expect(superviseOverdue(ctx, 100)).toEqual([c.id]);
    expect(cardsOf(c.id)).toEqual(['yellow dispatch']);
  });

  it('charges a lapse of the hotline’s own clock to no unit, and a unit’s lapse to the unit', () => {
    const c = urgentCase();
    const handler = listUsers(ctx.db).find((u) => u.unitId === 'unit.zhucan' && u.role === 'handler');
    if (!handler) throw new Error('demo town without a 助餐 handler');
    performCaseAction(ctx, handler, { caseId: c.id, action: 'case.accepted', payload: {} });
    performCaseAction(ctx, handler, { caseId: c.id, action: 'case.return_requested', payload: { reason: 'not_our_area', note: '不属本单位' } });
    ctx.projections.flush();
    // The ruling's one working day, whatever the calendar, is long over; so is the unit's first contact.
    clock.advance(6 * 24 * 60 * minute);
    superviseOverdue(ctx, 100);
    const charged = listCards(ctx.db, { viewerUnitId: null, limit: 10 }).map((k) => `${k.clock} ${k.unitId ?? 'hotline'}`);
    expect(charged).toContain('returnRuling hotline');
    expect(charged).toContain('firstContact unit.zhucan');
  });

  it('works a backlog off in bounded rounds', () => {
    const ids = [urgentCase().id, urgentCase().id, urgentCase().id];
    clock.advance(16 * minute);
    expect(superviseOverdue(ctx, 2)).toHaveLength(2);
    expect(superviseOverdue(ctx, 2)).toHaveLength(1);
    expect(ids.map(cardsOf)).toEqual([['yellow accept'], ['yellow accept'], ['yellow accept']]);
  });

  it('cards a round in slices, so a call waits for one slice, not for the whole round', async () => {
    const ids = Array.from({ length: 2 * cardsPerSlice + 3 }, () => urgentCase().id);
    clock.advance(16 * minute);
    vi.mocked(ctx.publish).mockClear();
    const stop = startSupervisionScheduler(ctx, createLogger('silent'), 5);
    try {
      await vi.waitUntil(() => ids.every((id) => (cardsOf(id)?.length ?? 0) > 0), { timeout: 10_000, interval: 1 });
    } finally {
      stop();
    }
    const published = vi.mocked(ctx.publish).mock.calls.map(([, payload]) => (payload as { ids: string[] }).ids.length);
    expect(published.every((n) => n <= cardsPerSlice)).toBe(true);
    expect(published.reduce((a, b) => a + b, 0)).toBe(ids.length);
    expect(ids.map(cardsOf)).toEqual(ids.map(() => ['yellow accept']));
  });
});
