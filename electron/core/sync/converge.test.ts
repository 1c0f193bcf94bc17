import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../../shared/case/events';
import { foldCase } from '../../../shared/case/fold';
import { formatHlc } from '../../../shared/sync/hlc';
import type { PullItem } from '../../../shared/sync/wire';
import { testUlid } from '../../../tests/support/ids';
import { registrationEvent } from '../../../tests/support/registration';
import { commitCaseEvents } from '../cases/commit';
import { createProjector } from '../cases/projector';
import { createLogger } from '../log';
import { getCaseRecord } from '../store/cases';
import { openDatabase, writeTransaction, type DB } from '../store/db';
import { applyPull } from './apply-pull';

/**
 * Convergence (DESIGN §7): seats that each act on shared cases, then receive everyone's events
 * in any order, duplicated, in any batching, interleaved with their own actions and projector
 * runs, end with the same cases, and those are the fold of all the events.
 */
const SEATS = ['GH01', 'GH02', 'GH03'] as const;
const CASES = [testUlid(1, '01JC'), testUlid(2, '01JC'), testUlid(3, '01JC')];
const T0 = Date.parse('2026-11-30T01:00:00Z');
const units = ['unit.zhucan', 'unit.laoling', 'unit.lvdi'] as const;

const registration = (caseId: string, i: number): CaseEvent =>
  registrationEvent({ id: testUlid(100 + i), caseId, seatId: 'GH01', ms: T0 + i, number: `GH01-20261130-000${i + 1}` });

/** One seat's action on a case, at its own clock: dispatches (which conflict across seats) and notes. */
const actionArb = fc.record({
  seat: fc.constantFrom(...SEATS),
  caseIndex: fc.nat({ max: CASES.length - 1 }),
  dispatch: fc.boolean(),
  unit: fc.constantFrom(...units),
  dt: fc.integer({ min: 1, max: 600_000 }),
});

type Action = typeof actionArb extends fc.Arbitrary<infer A> ? A : never;

function buildEvents(actions: readonly Action[]): CaseEvent[] {
  const clock = new Map<string, number>(SEATS.map((s) => [s, T0 + 1000]));
  return actions.map((a, i): CaseEvent => {
    const ms = (clock.get(a.seat) ?? T0) + a.dt;
    clock.set(a.seat, ms);
    const base = { id: testUlid(1000 + i), caseId: CASES[a.caseIndex] ?? '', seatId: a.seat, hlc: formatHlc({ wallMs: ms, counter: 0, node: a.seat }), actorId: 'user.disp01' };
    return a.dispatch
      ? { ...base, type: 'case.dispatched', payload: { unitId: a.unit, note: '' } }
      : { ...base, type: 'case.noted', payload: { unitId: null, note: `备注 ${i}` } };
  });
}

/** A step at one seat: its own next action (through the same commit path the API uses), a pull batch, or a projector run. */
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('own' as const) }),
  fc.record({ kind: fc.constant('pull' as const), size: fc.integer({ min: 1, max: 6 }), replay: fc.boolean() }),
  fc.record({ kind: fc.constant('project' as const) }),
);

function openSeat(registrations: readonly CaseEvent[]): DB {
  const db = openDatabase(':memory:');
  // Every seat holds the cases before acting on them: they came with an earlier sync.
  applyPull(db, { items: registrations.map((event, i) => ({ kind: 'event', seq: i + 1, event })), cursor: registrations.length, more: false, hubTime: new Date(T0).toISOString() }, T0);
  return db;
}

describe('sync convergence', () => {
  it('any delivery order, duplication, batching and interleaving ends with the same cases on every seat', () => {
    const registrations = CASES.map(registration);
    fc.assert(
      fc.property(
        fc.array(actionArb, { minLength: 1, maxLength: 24 }),
        fc.array(fc.tuple(fc.array(stepArb, { maxLength: 40 }), fc.infiniteStream(fc.nat())), { minLength: SEATS.length, maxLength: SEATS.length }),
        (actions, plans) => {
          const events = buildEvents(actions);
          const all = [...registrations, ...events];
          const views = SEATS.map((seat, s) => {
            const db = openSeat(registrations);
            const projector = createProjector(db, createLogger('silent'), () => undefined);
            projector.flush();
            const [steps, picks] = plans[s] ?? [[], fc.sample(fc.infiniteStream(fc.nat()), 1)[0]!];
            const own = events.filter((e) => e.seatId === seat);
            // What the hub hands this seat: every event, in an order the picks decide.
            const incoming = [...all];
            const pick = picks[Symbol.iterator]();
            for (let i = incoming.length - 1; i > 0; i--) {
              const j = (pick.next().value ?? 0) % (i + 1);
              [incoming[i], incoming[j]] = [incoming[j]!, incoming[i]!];
            }
            let seq = 0;
            let delivered = 0;
            let lastBatch: PullItem[] = [];
            const pull = (batch: readonly CaseEvent[]) => {
              lastBatch = batch.map((event) => ({ kind: 'event', seq: ++seq, event }));
              applyPull(db, { items: lastBatch, cursor: seq, more: false, hubTime: new Date(T0).toISOString() }, T0);
            };
            const commitOwn = (e: CaseEvent) => writeTransaction(db, (tx) => commitCaseEvents(tx, e.caseId, [e])).immediate();
            for (const step of steps) {
              if (step.kind === 'own' && own.length > 0) commitOwn(own.shift()!);
              else if (step.kind === 'project') projector.flush();
              else if (step.kind === 'pull' && step.replay && lastBatch.length > 0) applyPull(db, { items: lastBatch, cursor: seq, more: false, hubTime: new Date(T0).toISOString() }, T0);
              else if (step.kind === 'pull') {
                pull(incoming.slice(delivered, delivered + step.size));
                delivered = Math.min(incoming.length, delivered + step.size);
              }
            }
            for (const e of own) commitOwn(e);
            pull(incoming.slice(delivered));
            projector.flush();
            const view = CASES.map((id) => getCaseRecord(db, id));
            db.close();
            return view;
          });
          const expected = CASES.map((id) => foldCase(all.filter((e) => e.caseId === id)));
          for (const view of views) expect(view).toEqual(expected);
        },
      ),
      { seed: 20261201, numRuns: 60 },
    );
    // Sixty generated histories replayed on three seats each: about 5 s alone, three times that on a loaded machine.
  }, 60_000);
});
