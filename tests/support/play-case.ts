import fc from 'fast-check';
import { actionRules, availableActions, checkCaseAction, type Actor, type CaseAction } from '../../shared/case/actions';
import type { CaseEvent, CaseEventOf } from '../../shared/case/events';
import { applyCaseEvent, foldCase } from '../../shared/case/fold';
import type { CaseRecord } from '../../shared/case/record';
import { formatHlc } from '../../shared/sync/hlc';
import { testUlid } from './ids';

/**
 * Cases played by the state machine's own rules: random attempted actions, each checked by
 * `checkCaseAction` as the core checks it, the allowed ones recorded as events. Every event type
 * the rules can produce comes out of this, so properties over it cover the whole fold.
 */
export const CASE_ID = '01JD0000000000000000000000';
export const BASE_MS = 1_764_000_000_000;
export const caseActions = Object.keys(actionRules) as CaseAction[];

export const actors = {
  operator: { role: 'operator', unitId: null },
  dispatcher: { role: 'dispatcher', unitId: null },
  supervisor: { role: 'supervisor', unitId: null },
  handlerA: { role: 'handler', unitId: 'unit.a' },
  handlerB: { role: 'handler', unitId: 'unit.b' },
  handlerC: { role: 'handler', unitId: 'unit.c' },
} as const satisfies Record<string, Actor>;
export type ActorName = keyof typeof actors;

export function registration(caseId = CASE_ID, serial = 1): CaseEventOf<'case.registered'> {
  return {
    id: testUlid(serial, '01JC'),
    caseId,
    seatId: 'GH01',
    hlc: formatHlc({ wallMs: BASE_MS, counter: 0, node: 'GH01' }),
    actorId: 'user.op01',
    type: 'case.registered',
    payload: {
      number: `GH01-20251124-${caseId.slice(-4)}`,
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
  };
}

const unitArb = fc.constantFrom('unit.a', 'unit.b', 'unit.c');
const text = fc.constantFrom('已联系来电人，说明情况', '已现场查看并督促整改，施工单位承诺夜间停工', '好');
const otherCase = '01JF0000000000000000000000';

/** A payload for each action, valid or not: the checker must sort them out. */
const payloadArb: { [A in CaseAction]: fc.Arbitrary<CaseEventOf<A>['payload']> } = {
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
  'case.merged': fc.record({ intoCaseId: fc.constant(otherCase) }),
  'case.supervised': fc.record({ card: fc.constantFrom('yellow', 'red'), clock: fc.constant('reply'), note: fc.constant('') }),
  'case.flagged': fc.record({ flag: fc.constantFrom('group', 'legacy'), on: fc.boolean(), note: fc.constant('') }),
  'case.answered': fc.record({ knowledgeId: fc.constant(null), answer: text }),
  'case.linked': fc.record({ mainCaseId: fc.constant(otherCase), mainNumber: fc.constant('GH01-20251124-0009'), reasons: fc.constant(['same_phone' as const]) }),
  'case.repeat_call': fc.record({ childCaseId: fc.constant('01JF0000000000000000000001'), childNumber: fc.constant('GH01-20251124-0010') }),
  'case.transferred': fc.record({ service: fc.constantFrom('110', '119', '120'), matched: fc.constant(['着火']) }),
  'case.emergency_dismissed': fc.record({ service: fc.constantFrom('110', '119', '120'), matched: fc.constant(['晕倒']) }),
  'case.appealed': fc.record({ deductionId: fc.constantFrom(`card:${CASE_ID}:reply:0`, `hasty:${CASE_ID}:copied_reply`, 'card:01JF0000000000000000000000:reply:0'), reason: text }),
  // The appeal it rules is known only once played: `play` points it at the case's first open appeal.
  'case.appeal_ruled': fc.record({ appealId: fc.constant(otherCase), ruling: fc.constantFrom('upheld', 'overturned'), note: fc.constant('') }),
};

/** One attempted action: its type and payload agree by construction. */
export type Step = { [A in CaseAction]: { type: A; actor: ActorName; payload: CaseEventOf<A>['payload'] } }[CaseAction];

const stepOf = <A extends CaseAction>(action: A): fc.Arbitrary<Step> =>
  fc.record({
    type: fc.constant(action),
    actor: fc.constantFrom(...(Object.keys(actors) as ActorName[])),
    payload: payloadArb[action],
  }) as fc.Arbitrary<Step>;

export const stepArb: fc.Arbitrary<Step> = fc.oneof(...caseActions.map(stepOf));

/** A payload for `action`, fixed by `seed`: for tables that try every action once. */
export function samplePayload<A extends CaseAction>(action: A, seed = 1): CaseEventOf<A>['payload'] {
  const [payload] = fc.sample(payloadArb[action], { numRuns: 1, seed });
  if (payload === undefined) throw new Error(`no payload for ${action}`);
  return payload;
}

/** Each seat its own id range, so two seats' events never share an id. */
const idPrefixOfSeat: Record<string, string> = { GH01: '01JE', GH02: '01JG', GH03: '01JH' };

/** The event a step records, stamped by `seat` at minute `minute` after the registration. */
export function eventOf(step: Step, minute: number, seat: string, serial: number, caseId = CASE_ID): CaseEvent {
  return {
    id: testUlid(serial, idPrefixOfSeat[seat] ?? '01JK'),
    caseId,
    seatId: seat,
    hlc: formatHlc({ wallMs: BASE_MS + minute * 60_000, counter: 0, node: seat }),
    actorId: `user.${step.actor}`,
    type: step.type,
    payload: step.payload,
  } as CaseEvent;
}

export interface Played {
  readonly events: CaseEvent[];
  readonly record: CaseRecord;
  readonly history: CaseRecord[];
}

/** Plays attempted steps on top of `start` as one seat would, keeping only what the rules allow. */
export function play(steps: readonly Step[], start?: Played, seat = 'GH01'): Played {
  const events: CaseEvent[] = start ? [...start.events] : [registration()];
  let record = start?.record ?? foldCase(events);
  if (!record) throw new Error('the registration folds to a case');
  const history: CaseRecord[] = start ? [...start.history] : [record];
  steps.forEach((planned) => {
    const step = planned.type === 'case.appeal_ruled' && record ? pointAtOpenAppeal(planned, record) : planned;
    if (!record || checkCaseAction(record, step, actors[step.actor]) !== null) return;
    const e = eventOf(step, events.length, seat, events.length);
    events.push(e);
    record = applyCaseEvent(record, e);
    history.push(record);
  });
  return { events, record, history };
}

function pointAtOpenAppeal(step: Extract<Step, { type: 'case.appeal_ruled' }>, record: CaseRecord): Step {
  const open = record.appeals?.find((a) => a.ruling === null);
  return open ? { ...step, payload: { ...step.payload, appealId: open.id } } : step;
}

/**
 * One legal move: which of the actions open to someone now (`pick`, modulo how many there are),
 * with a payload ready for each action, since which it will be is known only once played.
 */
export const moveArb = fc.record({ pick: fc.nat(), payloads: fc.record(payloadArb) });
export type Move = { pick: number; payloads: { [A in CaseAction]: CaseEventOf<A>['payload'] } };

const actorNames = Object.keys(actors) as ActorName[];

/**
 * Plays moves: each takes one of the actions `availableActions` offers someone now, as a seat's
 * users would, so deep states (rulings, reopens, callbacks) come up in short runs. A payload
 * the rules refuse (a missing justification) is skipped, as the core would refuse it.
 */
export function playMoves(moves: readonly Move[], start?: Played, seat = 'GH01'): Played {
  let played = start ?? play([]);
  for (const move of moves) {
    // By action first, then by who: an action open to three roles is no likelier than one open to one.
    const offers = actorNames.flatMap((actor) => availableActions(played.record, actors[actor]).map((type) => ({ actor, type })));
    const types = [...new Set(offers.map((o) => o.type))];
    const type = types[move.pick % Math.max(1, types.length)];
    const takers = offers.filter((o) => o.type === type);
    const offer = takers[Math.floor(move.pick / Math.max(1, types.length)) % Math.max(1, takers.length)];
    if (!offer) break;
    // The move carries a payload of every type; the one taken is the offer's own.
    const step = { ...offer, payload: move.payloads[offer.type] } as Step;
    played = play([step], played, seat);
  }
  return played;
}
