import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessedCard, AssessedClock } from '../../../shared/assessment/figures';
import { defaultAssessmentRule } from '../../../shared/assessment/rule';
import { tallyUnits } from '../../../shared/assessment/score';
import type { RulingRecord } from '../../../shared/case/record';
import { storedRecord as record } from '../../../tests/support/stored-record';
import { unitFiguresInStore } from './assessment';
import { casesWithClocks } from './assessment-cases';
import { saveCardRow, saveClockRow } from './case-sla';
import { saveCaseRecord } from './cases';
import { openDatabase, writeTransaction } from './db';

const t0 = Date.parse('2026-11-01T00:00:00.000Z');
const iso = (hours: number): string => new Date(t0 + hours * 3600_000).toISOString();
const units = ['unit.a', 'unit.b', 'unit.c'] as const;

const unit = fc.constantFrom(...units);
const hour = fc.integer({ min: -48, max: 24 * 40 });
const clockArb = fc.record({
  kind: fc.constantFrom('accept', 'firstContact', 'reply', 'whistle'),
  unitId: unit,
  deadline: hour.map(iso),
  endedAt: fc.option(hour.map(iso)),
}) satisfies fc.Arbitrary<AssessedClock>;
const rulingArb = fc.record({ type: fc.constantFrom('return', 'extension'), unitId: unit, approved: fc.boolean() });
const caseArb = fc.record({
  unitId: fc.option(unit, { freq: 5 }),
  status: fc.constantFrom('closed', 'closed', 'dispatched', 'merged'),
  registered: fc.integer({ min: -24 * 3, max: 24 * 33 }),
  evaluation: fc.option(
    fc.record({ resolved: fc.boolean(), satisfaction: fc.constantFrom('satisfied', 'basically_satisfied', 'dissatisfied'), days: fc.integer({ min: 0, max: 60 }) }),
  ),
  reopenCount: fc.nat(2),
  repeatCalls: fc.nat(6),
  rulings: fc.array(rulingArb, { maxLength: 2 }),
  clocks: fc.uniqueArray(clockArb, { maxLength: 5, selector: (c) => `${c.kind}${c.deadline}` }),
  cards: fc.uniqueArray(fc.record({ card: fc.constantFrom('yellow', 'red'), unitId: fc.option(unit), at: hour.map(iso) }), {
    maxLength: 2,
    selector: (c) => `${c.card}${c.at}`,
  }),
});

describe('assessment in SQL', () => {
  it('counts every unit’s figures as the pure tally does, over generated cases, waived cards and hasty flags', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 40 }), fc.integer({ min: 0, max: 24 * 40 }), fc.nat(), (cases, asOfHour, pick) => {
        const db = openDatabase(':memory:');
        try {
          cases.forEach((g, i) => {
            const id = `C${String(i).padStart(3, '0')}`;
            const registeredAt = iso(g.registered);
            const rulings: RulingRecord[] = g.rulings.map((r) => ({
              ...r,
              note: '',
              requestedAt: registeredAt,
              ruledAt: registeredAt,
              by: 'sup01',
              reason: null,
              redispatchToUnitId: null,
              workingDays: null,
            }));
            writeTransaction(db, (tx) =>
              saveCaseRecord(
              tx,
              record(id, {
                status: g.status,
                responsibleUnitId: g.unitId,
                registeredAt,
                rulings,
                reopenCount: g.reopenCount,
                repeatCalls: Array.from({ length: g.repeatCalls }, (_, n) => ({ caseId: `${id}-${n}`, number: `${id}-${n}`, at: registeredAt })),
                evaluation: g.evaluation && {
                  resolved: g.evaluation.resolved,
                  satisfaction: g.evaluation.satisfaction,
                  cause: null,
                  note: '',
                  at: iso(g.registered + 24 * g.evaluation.days),
                },
              }),
            ),
            )();
            g.clocks.forEach((k, n) =>
              saveClockRow(db, {
                caseId: id,
                clock: k.kind === 'whistle' ? `whistle:${k.unitId}` : k.kind,
                startedAt: iso(n),
                kind: k.kind,
                unitId: k.unitId,
                deadline: k.deadline,
                warnAt: k.deadline,
                redAfter: k.deadline,
                endedAt: k.endedAt,
                cardLevel: 0,
                cardAt: null,
              }),
            );
            g.cards.forEach((k: Omit<AssessedCard, 'clock'>) => saveCardRow(db, { caseId: id, clock: 'accept', card: k.card, at: k.at, unitId: k.unitId }));
          });
          const bounds = { start: iso(0), end: iso(24 * 30) };
          const stored = casesWithClocks(db, bounds);
          const hastyCaseIds = stored.filter((_, i) => (pick >> i % 30) & 1).map((c) => c.id);
          const waived = stored.flatMap((c) => c.cards.slice(0, pick % 2).map((k) => `card:${c.id}:${k.clock}:${k.at}:${k.card}`));
          const asOf = iso(asOfHour);
          const pure = tallyUnits(stored, { asOf, rule: defaultAssessmentRule, hastyCaseIds: new Set(hastyCaseIds), waived: new Set(waived) });
          const inSql = unitFiguresInStore(db, { ...bounds, asOf, hastyCaseIds, waived }, defaultAssessmentRule);
          expect(new Map([...inSql].sort())).toEqual(new Map([...pure].sort()));
        } finally {
          db.close();
        }
      }),
      { seed: 14, numRuns: 60 },
    );
  });
});
