import type { RulingRecord } from '../case/record';
import type { AssessedCard, AssessedCase, AssessedClock } from './figures';

/** Builders for hand-computed assessment vectors: only the fields assessment reads. */
export function clock(kind: AssessedClock['kind'], unitId: string, deadline: string, endedAt: string | null): AssessedClock {
  return { kind, unitId, deadline, endedAt };
}

export function card(colour: AssessedCard['card'], unitId: string, at: string): AssessedCard {
  return { card: colour, clock: 'accept', at, unitId };
}

export function returnRuling(unitId: string, approved: boolean): RulingRecord {
  return {
    type: 'return',
    unitId,
    approved,
    note: '',
    requestedAt: '2026-11-02T01:00:00.000Z',
    ruledAt: '2026-11-02T02:00:00.000Z',
    by: 'sup01',
    reason: 'not_our_area',
    redispatchToUnitId: null,
    workingDays: null,
  };
}

export function assessed(id: string, unitId: string | null, over: Partial<AssessedCase> = {}): AssessedCase {
  return {
    id,
    status: 'closed',
    responsibleUnitId: unitId,
    registeredAt: '2026-11-02T00:00:00.000Z',
    rulings: [],
    evaluation: null,
    reopenCount: 0,
    repeatCalls: [],
    clocks: [],
    cards: [],
    ...over,
  };
}

export function evaluation(resolved: boolean, satisfaction: 'satisfied' | 'basically_satisfied' | 'dissatisfied', at = '2026-11-05T00:00:00.000Z') {
  return { resolved, satisfaction, cause: null, note: '', at } as const;
}
