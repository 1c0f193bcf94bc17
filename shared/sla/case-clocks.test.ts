import { describe, expect, it } from 'vitest';
import { testUlid } from '../../tests/support/ids';
import type { CaseEvent } from '../case/events';
import { foldCase } from '../case/fold';
import type { CaseRecord } from '../case/record';
import type { CaseKind, Urgency } from '../case/vocabulary';
import { formatHlc } from '../sync/hlc';
import { officialCalendar } from './calendar';
import { caseClocks, withIsoDeadline } from './case-clocks';
import { compareTimeToBreach, nearestClock, readClock } from './clock-view';
import { defaultSlaPolicy } from './default-policy';
import { cardDue } from './supervision';

const CASE_ID = '01JD0000000000000000000000';
type Step = { [T in CaseEvent['type']]: [at: string, type: T, payload: Extract<CaseEvent, { type: T }>['payload']] }[CaseEvent['type']];

/** A case told as Shanghai wall-clock times and loop events, folded as the core folds it. */
function story(kind: CaseKind, urgency: Urgency, registeredAt: string, ...steps: Step[]): CaseRecord {
  const at = (local: string) => Date.parse(`${local}+08:00`);
  const event = (n: number, local: string, type: string, payload: unknown) =>
    ({ id: testUlid(n), caseId: CASE_ID, seatId: 'GH01', hlc: formatHlc({ wallMs: at(local), counter: 0, node: 'GH01' }), actorId: 'user.disp01', type, payload }) as CaseEvent;
  const events = [
    event(1, registeredAt, 'case.registered', {
      number: 'GH01-20250101-0001', kind, urgency, categoryId: 'cat.ageing.meal', committeeId: 'cmt.lvdi',
      caller: { phone: '+8613800138000', name: '张阿姨' }, address: '金高路 1 号', description: '助餐', registeredAt: new Date(at(registeredAt)).toISOString(), filedOffline: false,
    }),
    ...steps.map(([local, type, payload], i) => event(i + 2, local, type, payload)),
  ];
  const record = foldCase(events);
  if (!record) throw new Error('no registration');
  return record;
}

const clocksOf = (c: CaseRecord) => caseClocks(c, defaultSlaPolicy, officialCalendar).map(withIsoDeadline);
const byName = (clocks: ReturnType<typeof clocksOf>) => Object.fromEntries(clocks.map((c) => [c.clock, c]));
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

describe('every clock of a case', () => {
  it('before dispatch only the hotline dispatch clock runs, from registration, around the clock', () => {
    const waiting = clocksOf(story('help', 'high', '2025-01-24T18:00'));
    expect(waiting).toEqual([
      expect.objectContaining({ clock: 'dispatch', unitId: null, startedAt: shanghai('2025-01-24T18:00'), deadline: shanghai('2025-01-24T18:15'), endedAt: null }),
    ]);
    // A normal case waits at most 2 hours, also on a Saturday night.
    expect(clocksOf(story('complaint', 'normal', '2025-01-25T23:00'))[0]?.deadline).toBe(shanghai('2025-01-26T01:00'));
    expect(readClock(waiting[0]!, new Date(shanghai('2025-01-24T18:13'))).status).toBe('warning');
  });

  it('a case answered at intake never waited for a unit: no dispatch clock', () => {
    const answered = story('inquiry', 'normal', '2025-03-03T08:00', ['2025-03-03T08:01', 'case.answered', { knowledgeId: null, answer: '可以办理' }]);
    expect(clocksOf(answered)).toEqual([]);
  });

  it('accept, first contact and reply start at dispatch, charged to the unit holding the case', () => {
    // Friday before the Spring Festival: Sunday 01-26 is a make-up working day.
    const c = story('help', 'normal', '2025-01-24T18:00', ['2025-01-24T18:30', 'case.dispatched', { unitId: 'unit.zhucan', note: '' }]);
    const clocks = byName(clocksOf(c));
    expect(Object.keys(clocks)).toEqual(['dispatch', 'accept', 'firstContact', 'reply']);
    // Dispatched within its 2 hours: the dispatch clock stopped, met.
    expect(clocks.dispatch).toMatchObject({ unitId: null, deadline: shanghai('2025-01-24T20:00'), endedAt: shanghai('2025-01-24T18:30') });
    expect(clocks.accept).toMatchObject({ unitId: 'unit.zhucan', startedAt: shanghai('2025-01-24T18:30'), deadline: shanghai('2025-01-27T00:00'), endedAt: null });
    // help: 5 working days — 01-26, 01-27, (01-28…02-04 off), 02-05, 02-06, 02-07.
    expect(clocks.reply?.deadline).toBe(shanghai('2025-02-08T00:00'));
  });

  it('urgent cases run around the clock; acceptance and contact stop their clocks', () => {
    const c = story(
      'complaint', 'urgent', '2025-03-01T23:00',
      ['2025-03-01T23:05', 'case.dispatched', { unitId: 'unit.chengguan', note: '' }],
      ['2025-03-01T23:15', 'case.accepted', { unitId: 'unit.chengguan' }],
      ['2025-03-02T00:30', 'case.contacted', { contactedAt: shanghai('2025-03-02T00:30'), method: 'phone', summary: '已电话联系' }],
    );
    const clocks = byName(clocksOf(c));
    expect(clocks.accept).toMatchObject({ deadline: shanghai('2025-03-01T23:20'), endedAt: shanghai('2025-03-01T23:15') });
    expect(clocks.firstContact).toMatchObject({ deadline: shanghai('2025-03-02T00:05'), endedAt: shanghai('2025-03-02T00:30') });
    expect(clocks.reply).toMatchObject({ deadline: shanghai('2025-03-02T01:05'), endedAt: null });
    const now = new Date(shanghai('2025-03-02T00:50'));
    expect(readClock(clocks.accept!, now).status).toBe('met');
    expect(readClock(clocks.firstContact!, now).status).toBe('late');
    // 15 of 120 minutes left: under 20 %.
    expect(readClock(clocks.reply!, now)).toEqual({ status: 'warning', remainingMs: 15 * 60_000 });
  });

  it('a pending extension runs a ruling clock for the hotline; the granted days move the reply deadline', () => {
    const dispatched = ['2025-03-03T09:00', 'case.dispatched', { unitId: 'unit.lvdi', note: '' }] as const satisfies Step;
    const requested = ['2025-03-04T10:00', 'case.extension_requested', { workingDays: 3, reason: '需协调物业' }] as const satisfies Step;
    const pending = byName(clocksOf(story('help', 'normal', '2025-03-03T08:00', dispatched, requested)));
    expect(pending.extensionRuling).toMatchObject({ unitId: null, deadline: shanghai('2025-03-06T00:00'), endedAt: null });
    // help: 5 working days from Monday 03-03 → Monday 03-10 24:00.
    expect(pending.reply?.deadline).toBe(shanghai('2025-03-11T00:00'));
    const granted = byName(
      clocksOf(story('help', 'normal', '2025-03-03T08:00', dispatched, requested, ['2025-03-04T15:00', 'case.extension_ruled', { approved: true, note: '' }])),
    );
    expect(granted.extensionRuling?.endedAt).toBe(shanghai('2025-03-04T15:00'));
    expect(granted.reply?.deadline).toBe(shanghai('2025-03-14T00:00'));
  });

  it('an approved return restarts the clocks for the new unit; its ruling had its own clock', () => {
    const c = story(
      'complaint', 'normal', '2025-03-03T08:00',
      ['2025-03-03T09:00', 'case.dispatched', { unitId: 'unit.lvdi', note: '' }],
      ['2025-03-03T11:00', 'case.return_requested', { reason: 'not_our_area', note: '不属本居委' }],
      ['2025-03-03T14:00', 'case.return_ruled', { approved: true, note: '', redispatchToUnitId: 'unit.chengguan' }],
    );
    const clocks = byName(clocksOf(c));
    expect(clocks.accept).toMatchObject({ unitId: 'unit.chengguan', startedAt: shanghai('2025-03-03T14:00') });
    expect(clocks.returnRuling).toMatchObject({ unitId: null, endedAt: shanghai('2025-03-03T14:00') });
  });

  it('each whistled unit must report within the accept limit; a report stops its clock', () => {
    const c = story(
      'report', 'high', '2025-03-03T08:00',
      ['2025-03-03T09:00', 'case.dispatched', { unitId: 'unit.lvdi', note: '' }],
      ['2025-03-03T09:10', 'case.whistled', { unitIds: ['unit.chengguan', 'unit.fangban'], question: '违建' }],
      ['2025-03-03T09:20', 'case.reported', { unitId: 'unit.chengguan', note: '' }],
    );
    const clocks = byName(clocksOf(c));
    expect(clocks['whistle:unit.chengguan']).toMatchObject({ unitId: 'unit.chengguan', endedAt: shanghai('2025-03-03T09:20') });
    expect(clocks['whistle:unit.fangban']).toMatchObject({ deadline: shanghai('2025-03-03T09:40'), endedAt: null });
  });

  it('after the reply the callback is due in 1 working day; a reopen runs a rework clock of half the reply limit', () => {
    const steps: Step[] = [
      ['2025-03-03T09:00', 'case.dispatched', { unitId: 'unit.lvdi', note: '' }],
      ['2025-03-03T09:30', 'case.accepted', { unitId: 'unit.lvdi' }],
      ['2025-03-05T16:00', 'case.replied', { result: '已处理', answer: '已答复', closureCode: 'solved', justification: '' }],
    ];
    const replied = byName(clocksOf(story('complaint', 'normal', '2025-03-03T08:00', ...steps)));
    expect(replied.reply?.endedAt).toBe(shanghai('2025-03-05T16:00'));
    expect(replied.callback).toMatchObject({ unitId: null, deadline: shanghai('2025-03-07T00:00'), endedAt: null });
    const reopened = clocksOf(
      story('complaint', 'normal', '2025-03-03T08:00', ...steps, ['2025-03-06T10:00', 'case.evaluated', { resolved: false, satisfaction: 'dissatisfied', cause: 'unit_side', note: '' }]),
    );
    // complaint: 15 working days → rework 8, from Thursday 03-06: 03-07, 03-10…03-14, 03-17, 03-18.
    expect(reopened.map((c) => [c.clock, c.deadline, c.endedAt])).toEqual([
      ['dispatch', shanghai('2025-03-03T10:00'), shanghai('2025-03-03T09:00')],
      ['rework', shanghai('2025-03-19T00:00'), null],
    ]);
  });

  it('a closed case has no running clock', () => {
    const c = story(
      'inquiry', 'normal', '2025-03-03T08:00',
      ['2025-03-03T09:00', 'case.dispatched', { unitId: 'unit.lvdi', note: '' }],
      ['2025-03-03T10:00', 'case.closed', { reason: 'supervisor', note: '' }],
    );
    const unitClocks = clocksOf(c).filter((k) => k.clock !== 'dispatch');
    expect(unitClocks.every((k) => k.endedAt === shanghai('2025-03-03T10:00'))).toBe(true);
    expect(nearestClock(clocksOf(c))).toBeUndefined();
  });
});

describe('time to breach', () => {
  it('sorts the nearest deadline first and cases without a running clock last', () => {
    const rows = [{ nextDeadline: null }, { nextDeadline: '2025-03-03T02:00:00.000Z' }, { nextDeadline: '2025-03-03T01:00:00.000Z' }];
    expect([...rows].sort(compareTimeToBreach).map((r) => r.nextDeadline)).toEqual(['2025-03-03T01:00:00.000Z', '2025-03-03T02:00:00.000Z', null]);
  });
});

describe('a lapse is carded once', () => {
  const clock = { clock: 'reply', startedAt: '2025-03-03T01:00:00.000Z', deadline: '2025-03-03T03:00:00.000Z', endedAt: null };
  const at = (iso: string) => new Date(iso);

  it('yellow when overdue, nothing more until overdue by the whole limit, then red, then nothing', () => {
    expect(cardDue(clock, [], at('2025-03-03T02:59:00Z'))).toBeNull();
    expect(cardDue(clock, [], at('2025-03-03T03:01:00Z'))).toBe('yellow');
    const yellow = [{ card: 'yellow', clock: 'reply', at: '2025-03-03T03:01:00.000Z' }] as const;
    expect(cardDue(clock, yellow, at('2025-03-03T04:00:00Z'))).toBeNull();
    expect(cardDue(clock, yellow, at('2025-03-03T05:00:01Z'))).toBe('red');
    const red = [...yellow, { card: 'red', clock: 'reply', at: '2025-03-03T05:00:01.000Z' }] as const;
    expect(cardDue(clock, red, at('2025-03-04T00:00:00Z'))).toBeNull();
  });

  it('red when overdue again after the deadline was extended past the yellow card', () => {
    const yellow = [{ card: 'yellow', clock: 'reply', at: '2025-03-03T03:01:00.000Z' }] as const;
    const moved = { ...clock, deadline: '2025-03-03T04:00:00.000Z' };
    expect(cardDue(moved, yellow, at('2025-03-03T03:30:00Z'))).toBeNull();
    expect(cardDue(moved, yellow, at('2025-03-03T04:00:01Z'))).toBe('red');
  });

  it('red at once for a case already carded yellow on another clock; a stopped clock is not carded', () => {
    const other = [{ card: 'yellow', clock: 'accept', at: '2025-03-03T01:20:00.000Z' }] as const;
    expect(cardDue(clock, other, at('2025-03-03T03:01:00Z'))).toBe('red');
    expect(cardDue({ ...clock, endedAt: '2025-03-03T03:30:00.000Z' }, [], at('2025-03-03T04:00:00Z'))).toBeNull();
  });
});
