import { describe, expect, it } from 'vitest';
import { defaultAssessmentRule, type AssessmentRule } from './rule';
import { rankUnits, tallyUnits } from './score';
import { cardDeductionId, type FigureContext } from './figures';
import { assessed, card, clock, evaluation, returnRuling } from './test-cases';

const asOf = '2026-11-10T00:00:00.000Z';
const due = '2026-11-03T00:00:00.000Z';
const early = '2026-11-02T06:00:00.000Z';
const late = '2026-11-04T00:00:00.000Z';
const onTime = (kind: 'accept' | 'firstContact' | 'reply', unit: string) => clock(kind, unit, due, early);
const yellowA = card('yellow', 'A', '2026-11-03T00:00:05.000Z');
const redA = card('red', 'A', '2026-11-03T06:00:00.000Z');

/** Unit A: four cases and a repeat call; B: one group, long-standing case; C returned B's case and was whistled in. */
const town = [
  assessed('c1', 'A', {
    clocks: [onTime('accept', 'A'), onTime('firstContact', 'A'), onTime('reply', 'A')],
    evaluation: evaluation(true, 'satisfied'),
    rulings: [{ ...returnRuling('A', true), type: 'extension', reason: null, workingDays: 3 }],
  }),
  assessed('c2', 'A', {
    clocks: [onTime('accept', 'A'), clock('firstContact', 'A', due, late)],
    evaluation: evaluation(false, 'basically_satisfied'),
    rulings: [returnRuling('A', false)],
  }),
  assessed('c3', 'A', {
    clocks: [clock('accept', 'A', due, late), onTime('firstContact', 'A')],
    evaluation: evaluation(true, 'dissatisfied'),
    cards: [yellowA, redA],
    reopenCount: 2,
  }),
  assessed('c4', 'A', { status: 'dispatched', clocks: [clock('accept', 'A', '2026-11-12T00:00:00.000Z', null)] }),
  assessed('c5', 'A', { status: 'merged', clocks: [clock('accept', 'A', due, late)] }),
  assessed('c6', 'B', {
    registeredAt: '2026-09-20T00:00:00.000Z',
    clocks: [onTime('accept', 'B'), onTime('firstContact', 'B'), clock('whistle', 'C', due, early)],
    evaluation: evaluation(true, 'satisfied', '2026-11-01T00:00:00.000Z'),
    repeatCalls: ['r1', 'r2', 'r3', 'r4'].map((id) => ({ caseId: id, number: id, at: '2026-10-01T00:00:00.000Z' })),
    rulings: [returnRuling('C', true)],
  }),
];

const ctx = (over: Partial<FigureContext> = {}): FigureContext => ({
  asOf,
  rule: defaultAssessmentRule,
  hastyCaseIds: new Set(['c3']),
  waived: new Set(),
  ...over,
});

describe('a unit’s figures, hand-counted', () => {
  it('counts received, on-time clocks, the three rates’ parts, returns, extensions, reopens and cards', () => {
    const a = tallyUnits(town, ctx()).get('A');
    expect(a).toEqual({
      received: 4, // c1–c4; the repeat call c5 counts in its main case
      acceptedOnTime: 2, // c1, c2
      contactedOnTime: 2, // c1, c3
      repliedOnTime: 1, // c1
      responseDue: 3, // c1 settled, c2 contact late, c3 accept late; c4 still within its limit
      responded: 1, // c1
      evaluated: 3,
      resolved: 2, // c1, c3
      satisfied: 2, // c1 satisfied, c2 basically satisfied
      returns: 1,
      returnsRejected: 1,
      extensions: 1,
      reopens: 2,
      hasty: 1,
      yellow: 1,
      red: 1,
      whistleDue: 0,
      whistleOnTime: 0,
      groupResolved: 0,
      legacyResolved: 0,
    });
  });

  it('gives the whistled unit its report and the returning unit its return, not the case', () => {
    const c = tallyUnits(town, ctx()).get('C');
    expect(c).toMatchObject({ received: 0, returns: 1, returnsRejected: 0, whistleDue: 1, whistleOnTime: 1 });
  });
});

describe('score and ranking, hand-computed', () => {
  it('weights 30/35/35, bonus for group and legacy cases, deductions for cards and hasty closures', () => {
    const [b, a, c] = rankUnits(tallyUnits(town, ctx()), defaultAssessmentRule);
    // B: every rate 1 → 100; group (5 calls) +2, legacy (42 days) +1.
    expect(b).toMatchObject({ unitId: 'B', rank: 1, score: { base: 100, bonus: 3, deduction: 0, total: 103 } });
    // A: 100 × (0.3 × 1/3 + 0.35 × 2/3 + 0.35 × 2/3) = 56.667; yellow 0.5 + red 2 + hasty 1 = 3.5.
    expect(a?.unitId).toBe('A');
    expect(a?.rank).toBe(2);
    expect(a?.rates).toEqual({ response: 1 / 3, resolution: 2 / 3, satisfaction: 2 / 3 });
    expect(a?.score.base).toBeCloseTo(56.6667, 3);
    expect(a?.score.deduction).toBe(3.5);
    expect(a?.score.total).toBeCloseTo(53.1667, 3);
    // C has no case of its own: listed, not ranked.
    expect(c).toMatchObject({ unitId: 'C', rank: null, score: { base: null, total: null } });
  });

  it('a deduction overturned on appeal no longer counts, and the score follows', () => {
    const waived = new Set([cardDeductionId('c3', redA)]);
    const a = tallyUnits(town, ctx({ waived, hastyCaseIds: new Set() })).get('A');
    const [, ranked] = rankUnits(new Map([['B', tallyUnits(town, ctx()).get('B')!], ['A', a!]]), defaultAssessmentRule);
    expect(ranked?.figures.red).toBe(0);
    expect(ranked?.score.total).toBeCloseTo(56.6667 - 0.5, 3);
  });

  it('a rate with no case behind it leaves its weight to the others', () => {
    const only = new Map([['D', { ...tallyUnits(town, ctx()).get('A')!, evaluated: 0, resolved: 0, satisfied: 0 }]]);
    const [d] = rankUnits(only, defaultAssessmentRule);
    expect(d?.score.base).toBeCloseTo(100 / 3, 6);
  });

  it('equal totals share a rank', () => {
    const f = tallyUnits(town, ctx()).get('B')!;
    const ranked = rankUnits(new Map([['X', f], ['Y', f]]), defaultAssessmentRule);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('lists for interview (约谈) the units over any threshold', () => {
    const strict: AssessmentRule = { ...defaultAssessmentRule, interview: { red: 1, hasty: 5, satisfactionBelow: 0.8, minEvaluated: 3 } };
    const ranked = rankUnits(tallyUnits(town, ctx()), strict);
    expect(ranked.find((r) => r.unitId === 'A')?.interview).toEqual(['red', 'satisfaction']);
    expect(ranked.find((r) => r.unitId === 'B')?.interview).toEqual([]);
  });
});
