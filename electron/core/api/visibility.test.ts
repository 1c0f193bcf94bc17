import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { createTestClock } from '../test-clock';

/**
 * Every read method, for each role and each relation a unit can have to a case: what the seat is
 * shown. One urgent case in every relation: dispatched to 老龄办, returned and re-dispatched to
 * 助餐服务中心, which whistled 绿地居委 in and asked for more time; 3 h later its clocks are
 * overdue and carded. A second case waits for its callback.
 */
const seats = {
  operator: 'op01',
  dispatcher: 'disp01',
  supervisor: 'sup01',
  admin: 'admin',
  responsible: 'h-zhucan',
  whistled: 'h-lvdi',
  formerHolder: 'h-laoling',
  unrelated: 'h-chengguan',
} as const;
type Seat = keyof typeof seats;
type Answer = 'shown' | 'hidden' | 'forbidden';

const S = 'shown';
const H = 'hidden';
const F = 'forbidden';
/** Columns in the order of `seats`: four hotline roles, then handlers by their unit's relation. */
const expected: Record<string, readonly Answer[]> = {
  'cases:get': [S, S, S, S, S, S, S, H],
  'cases:list': [S, S, S, S, S, S, S, H],
  'search:cases': [S, S, S, S, S, S, S, H],
  'sla:caseClocks': [S, S, S, S, S, S, S, H],
  'sla:nearest': [S, S, S, S, S, S, S, H],
  'board:list': [S, S, S, S, S, S, S, H],
  // Whose alerts: the operator's own dispatch (not the dispatcher's), the clocks charged to a unit.
  'sla:alerts': [S, H, S, S, S, S, H, H],
  'sla:cards': [F, S, S, S, F, F, F, F],
  'wall:get': [S, S, S, S, F, F, F, F],
  // The unit's work: a former holder still sees the case, but not as work.
  'queues:unit': [F, F, F, F, S, S, H, H],
  'queues:supervisor': [F, F, S, F, F, F, F, F],
  'queues:callback': [S, F, S, F, F, F, F, F],
};

let h: CoreHarness;
let caseId = '';
let number = '';
let repliedId = '';
const sessions = new Map<Seat, string>();

async function ok(session: string, id: string, action: string, payload: unknown) {
  const result = await h.raw('cases:act', { caseId: id, action, payload }, session);
  if (!result.ok) throw new Error(`${action}: ${result.error.message}`);
}

beforeAll(async () => {
  const clock = createTestClock();
  h = await openTestCore(undefined, { testClock: clock });
  for (const [seat, username] of Object.entries(seats) as [Seat, string][]) sessions.set(seat, await h.login(username));
  const session = (seat: Seat) => sessions.get(seat) ?? '';
  const filed = await h.call('cases:create', { ...mealCase, urgency: 'urgent', dispatchToUnitId: 'unit.laoling' }, session('operator'));
  caseId = filed.id;
  number = filed.number;
  await ok(session('formerHolder'), caseId, 'case.return_requested', { reason: 'not_our_area', note: '属助餐服务范围' });
  await ok(session('supervisor'), caseId, 'case.return_ruled', { approved: true, note: '', redispatchToUnitId: 'unit.zhucan' });
  await ok(session('responsible'), caseId, 'case.accepted', {});
  await ok(session('responsible'), caseId, 'case.whistled', { unitIds: ['unit.cmt.lvdi'], question: '请居委核实老人住址' });
  await ok(session('responsible'), caseId, 'case.extension_requested', { workingDays: 2, reason: '需协调配餐点' });
  const replied = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, session('operator'));
  repliedId = replied.id;
  await ok(session('responsible'), repliedId, 'case.accepted', {});
  await ok(session('responsible'), repliedId, 'case.replied', { result: '已开通助餐', answer: '已开通每日午餐配送', closureCode: 'solved', justification: '' });
  clock.advance(3 * 3_600_000);
  // The core cards overdue clocks every 5 s.
  const until = Date.now() + 10_000;
  while ((await h.call('sla:cards', { limit: 50 }, session('supervisor'))).cards.length === 0) {
    if (Date.now() > until) throw new Error('no card within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 30_000);
afterAll(() => h.close());

type Probe = { input: unknown; shows: (value: unknown, id: string) => boolean };
const has = (list: unknown, id: string, key = 'id') => Array.isArray(list) && list.some((x: Record<string, unknown>) => x[key] === id);
const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined);

const probes = (): Record<string, Probe> => ({
  'cases:get': { input: { caseId }, shows: () => true },
  'cases:list': { input: {}, shows: (v, id) => has(field(v, 'items'), id) },
  'search:cases': { input: { query: number }, shows: (v, id) => has(field(v, 'hits'), id) },
  'sla:caseClocks': { input: { caseId }, shows: (v) => has(field(v, 'clocks'), caseId, 'caseId') },
  'sla:nearest': { input: { caseIds: [caseId] }, shows: (v, id) => has(field(v, 'clocks'), id, 'caseId') },
  'board:list': { input: {}, shows: (v, id) => has(field(v, 'rows'), id, 'caseId') },
  'sla:alerts': { input: {}, shows: (v, id) => has(field(v, 'clocks'), id, 'caseId') },
  'sla:cards': { input: { limit: 50 }, shows: (v, id) => has(field(v, 'cards'), id, 'caseId') },
  'wall:get': { input: { privacy: true }, shows: (v, id) => has(field(v, 'overdue'), id, 'caseId') },
  'queues:unit': { input: {}, shows: (v, id) => has(field(v, 'items'), id) },
  'queues:supervisor': { input: {}, shows: (v, id) => has(field(v, 'items'), id) },
  'queues:callback': { input: {}, shows: (v) => has(field(v, 'items'), repliedId) },
});

describe('who sees a case, in every read', () => {
  for (const [method, row] of Object.entries(expected)) {
    (Object.keys(seats) as Seat[]).forEach((seat, column) => {
      const want = row[column];
      it(`${method}, ${seat}: ${want}`, async () => {
        const probe = probes()[method];
        if (!probe) throw new Error(`no probe for ${method}`);
        const result = await h.raw(method, probe.input, sessions.get(seat));
        const answer: string = result.ok
          ? probe.shows(result.value, caseId)
            ? 'shown'
            : 'hidden'
          : result.error.code === 'forbidden'
            ? 'forbidden'
            : result.error.code === 'not_found'
              ? 'hidden'
              : `${result.error.code}: ${result.error.message}`;
        expect(answer).toBe(want);
      });
    });
  }
});
