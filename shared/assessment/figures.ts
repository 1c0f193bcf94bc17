import type { CaseRecord } from '../case/record';
import type { CardColour } from '../case/loop-vocabulary';
import type { ClockKind } from '../sla/case-clocks';
import type { AssessmentRule } from './rule';

/** Every figure a unit is assessed on, in the order the ranking table shows them. */
export const figures = [
  'received',
  'acceptedOnTime',
  'contactedOnTime',
  'repliedOnTime',
  'responseDue',
  'responded',
  'evaluated',
  'resolved',
  'satisfied',
  'returns',
  'returnsRejected',
  'extensions',
  'reopens',
  'hasty',
  'yellow',
  'red',
  'whistleDue',
  'whistleOnTime',
  'groupResolved',
  'legacyResolved',
] as const;
export type Figure = (typeof figures)[number];
export type UnitFigures = Readonly<Record<Figure, number>>;

export function emptyFigures(): Record<Figure, number> {
  return Object.fromEntries(figures.map((f) => [f, 0])) as Record<Figure, number>;
}

/** One stored clock of a case, as far as assessment reads it. */
export interface AssessedClock {
  readonly kind: ClockKind;
  readonly unitId: string | null;
  readonly deadline: string;
  readonly endedAt: string | null;
}

/** One supervision card, charged to the unit whose clock ran over. */
export interface AssessedCard {
  readonly card: CardColour;
  readonly clock: string;
  readonly at: string;
  readonly unitId: string | null;
}

export type AssessedCase = Pick<
  CaseRecord,
  'id' | 'status' | 'responsibleUnitId' | 'registeredAt' | 'rulings' | 'evaluation' | 'reopenCount' | 'repeatCalls'
> & { readonly clocks: readonly AssessedClock[]; readonly cards: readonly AssessedCard[] };

/** A deduction a unit can appeal names itself the same way everywhere: the ledger's key. */
export function cardDeductionId(caseId: string, card: Pick<AssessedCard, 'clock' | 'at' | 'card'>): string {
  return `card:${caseId}:${card.clock}:${card.at}:${card.card}`;
}

export interface FigureContext {
  /** Clocks still running are judged as of this instant: overdue is late, within the limit is pending. */
  readonly asOf: string;
  readonly rule: AssessmentRule;
  /** Cases with a hasty-closure flag that stands (not overturned on appeal or review). */
  readonly hastyCaseIds: ReadonlySet<string>;
  /** Deductions overturned by a ruling: they no longer count. */
  readonly waived: ReadonlySet<string>;
}

export type ClockOutcome = 'on_time' | 'late' | 'pending' | 'none';

/** Whether the unit met every clock of this kind it was charged with on the case. */
export function clockOutcome(clocks: readonly AssessedClock[], kind: ClockKind, unitId: string, asOf: string): ClockOutcome {
  let outcome: ClockOutcome = 'none';
  for (const c of clocks) {
    if (c.kind !== kind || c.unitId !== unitId) continue;
    if (c.endedAt === null ? c.deadline < asOf : c.endedAt > c.deadline) return 'late';
    if (c.endedAt === null) outcome = 'pending';
    else if (outcome === 'none') outcome = 'on_time';
  }
  return outcome;
}

export interface Contribution {
  readonly unitId: string;
  readonly figure: Figure;
  readonly n: number;
}

const dayMs = 86_400_000;

/**
 * What one case adds to which unit's figures. The responsible unit (首派负责制) carries the case;
 * returns and extensions go to the unit that asked, cards to the unit whose clock ran over,
 * whistle reports to the unit whistled in. A repeat call merged into a main case adds nothing:
 * the main case counts once.
 */
export function contributions(c: AssessedCase, ctx: FigureContext): Contribution[] {
  if (c.status === 'merged') return [];
  const out: Contribution[] = [];
  const add = (unitId: string | null, figure: Figure, n = 1): void => {
    if (unitId !== null && n > 0) out.push({ unitId, figure, n });
  };
  const unit = c.responsibleUnitId;
  if (unit !== null) {
    add(unit, 'received');
    const accept = clockOutcome(c.clocks, 'accept', unit, ctx.asOf);
    const contact = clockOutcome(c.clocks, 'firstContact', unit, ctx.asOf);
    if (accept === 'on_time') add(unit, 'acceptedOnTime');
    if (contact === 'on_time') add(unit, 'contactedOnTime');
    if (clockOutcome(c.clocks, 'reply', unit, ctx.asOf) === 'on_time') add(unit, 'repliedOnTime');
    // 响应率 counts a case once both of its clocks are settled, or one of them is already late.
    const settled = (o: ClockOutcome): boolean => o === 'on_time' || o === 'late';
    if (accept === 'late' || contact === 'late' || (settled(accept) && settled(contact))) add(unit, 'responseDue');
    if (accept === 'on_time' && contact === 'on_time') add(unit, 'responded');
    const e = c.evaluation;
    if (e) {
      add(unit, 'evaluated');
      if (e.resolved) add(unit, 'resolved');
      if (e.satisfaction !== 'dissatisfied') add(unit, 'satisfied');
      if (e.resolved && 1 + (c.repeatCalls?.length ?? 0) >= ctx.rule.groupMinCalls) add(unit, 'groupResolved');
      if (e.resolved && Date.parse(e.at) - Date.parse(c.registeredAt) >= ctx.rule.legacyMinDays * dayMs) add(unit, 'legacyResolved');
    }
    add(unit, 'reopens', c.reopenCount);
    if (ctx.hastyCaseIds.has(c.id)) add(unit, 'hasty');
  }
  for (const r of c.rulings) {
    if (r.type === 'return') {
      add(r.unitId, 'returns');
      if (!r.approved) add(r.unitId, 'returnsRejected');
    } else if (r.type === 'extension' && r.approved) add(r.unitId, 'extensions');
  }
  for (const k of c.cards) {
    if (!ctx.waived.has(cardDeductionId(c.id, k))) add(k.unitId, k.card);
  }
  for (const w of c.clocks) {
    if (w.kind !== 'whistle' || w.unitId === null) continue;
    if (w.endedAt !== null || w.deadline < ctx.asOf) add(w.unitId, 'whistleDue');
    if (w.endedAt !== null && w.endedAt <= w.deadline) add(w.unitId, 'whistleOnTime');
  }
  return out;
}
