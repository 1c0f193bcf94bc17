import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../sync/hlc';
import type { CaseEvent } from './events';
import { foldCase } from './fold';
import { testUlid as ulidAt } from '../../tests/support/ids';

const CASE_ID = '01JD0000000000000000000000';
const hlcAt = (ms: number, counter: number, seat: string) => formatHlc({ wallMs: ms, counter, node: seat });

const registration: CaseEvent = {
  id: ulidAt(1),
  caseId: CASE_ID,
  seatId: 'GH01',
  hlc: hlcAt(1_700_000_000_000, 0, 'GH01'),
  actorId: 'user.op01',
  type: 'case.registered',
  payload: {
    number: 'GH01-20231114-0001',
    kind: 'help',
    urgency: 'normal',
    categoryId: 'cat.ageing.meal',
    committeeId: 'committee.lvdi',
    caller: { phone: '+8613800138000', name: '张三' },
    address: '金高路 1 号',
    description: '两位八十多岁的老人吃饭成了大问题',
    registeredAt: '2023-11-14T22:13:20.000Z',
    filedOffline: false,
  },
};

/** Dispatches from several seats at arbitrary clocks: the raw material of a sync conflict. */
const dispatchArb = fc.record({
  n: fc.integer({ min: 2, max: 1_000_000 }),
  ms: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_100_000 }),
  counter: fc.integer({ min: 0, max: 3 }),
  seat: fc.constantFrom('GH01', 'GH02', 'GH03'),
  unitId: fc.constantFrom('unit.laoling', 'unit.zhucan', 'unit.lvdi'),
});

type Dispatch = { n: number; ms: number; counter: number; seat: string; unitId: string };

const toEvent = (d: Dispatch): CaseEvent => ({
  id: ulidAt(d.n),
  caseId: CASE_ID,
  seatId: d.seat,
  hlc: hlcAt(d.ms, d.counter, d.seat),
  actorId: `user.${d.seat}`,
  type: 'case.dispatched',
  payload: { unitId: d.unitId, note: '' },
});

const historyArb = fc
  .uniqueArray(dispatchArb, { selector: (d) => d.n, maxLength: 8 })
  .map((ds) => [registration, ...ds.map(toEvent)]);

/** A delivery of `events`: in the order of random keys, with some delivered twice. */
const deliveryArb = (count: number) =>
  fc.record({ keys: fc.array(fc.nat(), { minLength: count, maxLength: count }), twice: fc.array(fc.boolean(), { minLength: count, maxLength: count }) });
function deliver(events: readonly CaseEvent[], d: { keys: number[]; twice: boolean[] }): CaseEvent[] {
  const order = events.map((e, i) => ({ e, key: d.keys[i] ?? 0 })).sort((a, b) => a.key - b.key).map((x) => x.e);
  return [...order, ...events.filter((_, i) => d.twice[i])];
}

describe('foldCase', () => {
  it('folds any permutation and duplication of the same events to the same case', () => {
    fc.assert(
      fc.property(
        historyArb.chain((events) => fc.tuple(fc.constant(events), deliveryArb(events.length))),
        ([events, delivery]) => {
          expect(foldCase(deliver(events, delivery))).toEqual(foldCase(events));
        },
      ),
      { seed: 61 },
    );
  });

  it('makes the earliest dispatch by HLC the first-responsible unit, and flags later conflicting ones', () => {
    fc.assert(
      fc.property(historyArb, (events) => {
        const record = foldCase([...events].reverse());
        const dispatches = events
          .filter((e) => e.type === 'case.dispatched')
          .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : 1));
        const first = dispatches[0];
        expect(record?.responsibleUnitId).toBe(first && first.type === 'case.dispatched' ? first.payload.unitId : null);
        const conflicting = dispatches.some((d) => d.type === 'case.dispatched' && d.payload.unitId !== record?.responsibleUnitId);
        expect(record?.needsSupervisor).toBe(conflicting);
        expect(record?.dispatches.filter((d) => d.conflicting).length).toBe(
          dispatches.filter((d) => d.type === 'case.dispatched' && d.payload.unitId !== record?.responsibleUnitId).length,
        );
      }),
    );
  });

  it('waits for the registration: dispatches alone fold to nothing', () => {
    const dispatch = toEvent({ n: 2, ms: 1_700_000_000_500, counter: 0, seat: 'GH02', unitId: 'unit.lvdi' });
    expect(foldCase([dispatch])).toBeNull();
    expect(foldCase([dispatch, registration])?.status).toBe('dispatched');
  });

  it('applies the registration first even when a skewed seat stamped its dispatch earlier', () => {
    const early = toEvent({ n: 3, ms: 1_600_000_000_000, counter: 0, seat: 'GH02', unitId: 'unit.lvdi' });
    const record = foldCase([early, registration]);
    expect(record?.responsibleUnitId).toBe('unit.lvdi');
    expect(record?.number).toBe('GH01-20231114-0001');
  });
});

describe('a supervisor ruling on a dispatch conflict', () => {
  const first = toEvent({ n: 10, ms: 1_700_000_000_100, counter: 0, seat: 'GH01', unitId: 'unit.laoling' });
  const second = toEvent({ n: 11, ms: 1_700_000_000_200, counter: 0, seat: 'GH02', unitId: 'unit.zhucan' });
  const ruling = (keepUnitId: string): CaseEvent => ({
    id: ulidAt(12),
    caseId: CASE_ID,
    seatId: 'GH01',
    hlc: hlcAt(1_700_000_000_300, 0, 'GH01'),
    actorId: 'user.sup01',
    type: 'case.conflict_ruled',
    payload: { keepUnitId, note: '' },
  });

  it('clears the flag and keeps the first-responsible unit when upheld', () => {
    expect(foldCase([registration, first, second])?.needsSupervisor).toBe(true);
    const ruled = foldCase([registration, first, second, ruling('unit.laoling')]);
    expect(ruled).toMatchObject({ needsSupervisor: false, responsibleUnitId: 'unit.laoling' });
    expect(ruled?.custody).toHaveLength(1);
  });

  /** The first-responsible unit's own action on its copy, before the seats synced. */
  const byFirstUnit = (e: Pick<CaseEvent, 'type' | 'payload'>, n: number, ms: number): CaseEvent =>
    ({ id: ulidAt(n), caseId: CASE_ID, seatId: 'GH01', hlc: hlcAt(ms, 0, 'GH01'), actorId: 'user.laoling01', ...e }) as CaseEvent;

  it('drops the former holder’s pending return when it hands the case over', () => {
    const returnRequested = byFirstUnit({ type: 'case.return_requested', payload: { reason: 'not_our_area', note: '不属本单位职责' } }, 13, 1_700_000_000_250);
    const ruled = foldCase([registration, first, second, returnRequested, ruling('unit.zhucan')]);
    expect(ruled).toMatchObject({ status: 'dispatched', responsibleUnitId: 'unit.zhucan', pending: null, resumeStatus: null, needsSupervisor: false });
  });

  it('drops the former holder’s reply awaiting a special-closure ruling when it hands the case over', () => {
    const accepted = byFirstUnit({ type: 'case.accepted', payload: { unitId: 'unit.laoling' } }, 13, 1_700_000_000_150);
    const replied = byFirstUnit(
      { type: 'case.replied', payload: { result: '无法解决', answer: '已解释', closureCode: 'unsolvable', justification: '涉及历史遗留产权问题，本单位无权处置' } },
      14,
      1_700_000_000_250,
    );
    const ruled = foldCase([registration, first, second, accepted, replied, ruling('unit.zhucan')]);
    expect(ruled).toMatchObject({ status: 'dispatched', responsibleUnitId: 'unit.zhucan', pending: null, reply: null, acceptedAt: null });
  });

  it('hands the case over, with a new custody stretch, when the supervisor picks the later unit', () => {
    const ruled = foldCase([registration, first, second, ruling('unit.zhucan')]);
    expect(ruled).toMatchObject({ needsSupervisor: false, responsibleUnitId: 'unit.zhucan', status: 'dispatched' });
    expect(ruled?.custody.map((s) => [s.unitId, s.to === null])).toEqual([
      ['unit.laoling', false],
      ['unit.zhucan', true],
    ]);
  });
});

describe('the first contact (先行联系)', () => {
  const at = (n: number, ms: number, type: CaseEvent['type'], payload: unknown): CaseEvent =>
    ({ id: ulidAt(n), caseId: CASE_ID, seatId: 'GH01', hlc: hlcAt(ms, 0, 'GH01'), actorId: 'user.zhucan01', type, payload }) as CaseEvent;
  const dispatched = at(20, 1_700_000_000_100, 'case.dispatched', { unitId: 'unit.zhucan', note: '' });
  const accepted = at(21, 1_700_000_000_200, 'case.accepted', { unitId: 'unit.zhucan' });
  const contact = (n: number, ms: number, summary: string) =>
    at(n, ms, 'case.contacted', { contactedAt: new Date(ms).toISOString(), method: 'phone', summary });

  it('stays the first call when the unit calls the citizen again', () => {
    const first = contact(22, 1_700_000_000_300, '已电话联系，约定明日上门');
    const again = contact(23, 1_700_000_900_000, '再次回电确认送餐时间');
    const folded = foldCase([registration, dispatched, accepted, first, again]);
    expect(folded?.contact).toEqual({ at: new Date(1_700_000_000_300).toISOString(), method: 'phone', summary: '已电话联系，约定明日上门' });
    expect(folded?.status).toBe('contacted');
  });
});


describe('群体性 and 历史遗留 marks', () => {
  const flagged = (n: number, ms: number, seat: string, flag: 'group' | 'legacy', on: boolean): CaseEvent => ({
    id: ulidAt(100 + n),
    caseId: CASE_ID,
    seatId: seat,
    hlc: hlcAt(ms, 0, seat),
    actorId: 'user.disp01',
    type: 'case.flagged',
    payload: { flag, on, note: '' },
  });
  const markArb = fc.array(
    fc.record({ ms: fc.integer({ min: 1_700_000_001_000, max: 1_700_000_009_000 }), seat: fc.constantFrom('GH01', 'GH02'), flag: fc.constantFrom('group' as const, 'legacy' as const), on: fc.boolean() }),
    { maxLength: 12 },
  );

  it('holds, for each flag, the last word in time, whatever order the seats delivered the marks in', () => {
    fc.assert(
      fc.property(markArb, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (marks, keys) => {
        const events = marks.map((m, i) => flagged(i, m.ms, m.seat, m.flag, m.on));
        const byTime = [...events].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : 1));
        const expected = new Set<string>();
        for (const e of byTime) {
          if (e.type !== 'case.flagged') continue;
          if (e.payload.on) expected.add(e.payload.flag);
          else expected.delete(e.payload.flag);
        }
        const shuffled = events.map((e) => ({ e, k: keys.next().value as number })).sort((a, b) => a.k - b.k).map((x) => x.e);
        expect(new Set(foldCase([registration, ...shuffled])?.flags)).toEqual(expected);
      }),
      { seed: 20261201, numRuns: 200 },
    );
  });

  it('is none on a new case; set and taken off by hand', () => {
    expect(foldCase([registration])?.flags).toEqual([]);
    expect(foldCase([registration, flagged(1, 1_700_000_001_000, 'GH01', 'group', true)])?.flags).toEqual(['group']);
    expect(foldCase([registration, flagged(1, 1_700_000_001_000, 'GH01', 'group', true), flagged(2, 1_700_000_002_000, 'GH01', 'group', false)])?.flags).toEqual([]);
  });
});
