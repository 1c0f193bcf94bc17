import type { CaseEvent } from '../../shared/case/events';
import { foldCase } from '../../shared/case/fold';
import type { CaseRecord } from '../../shared/case/record';
import { involvedUnitIds } from '../../shared/case/visibility';
import { addInvolvements, involvedUnits, saveCaseProjections, type NewInvolvement } from '../store/cases';
import type { Client } from '../store/db';
import { casesWithEventsAfter, eventsOfCases, insertEvents, numberEvents, townEventHighWater } from '../store/events';
import { lockTownSequencer } from '../store/sequencer';

/** A case folded with a batch: its record and the units it involves for the first time. */
interface FoldPlan {
  readonly record: CaseRecord | null;
  readonly newUnits: readonly string[];
  /** The numbers of the case's events stored before the batch: a newly involved unit gets them re-issued. */
  readonly priorSeqs: readonly number[];
}

export interface FoldPlans {
  readonly plans: Map<string, FoldPlan>;
  /** What the reads behind the plans saw of the town; anything numbered above it came later. */
  readonly highWater: number;
}

async function plan(db: Client, batch: readonly CaseEvent[], caseIds: readonly string[], plans: Map<string, FoldPlan>): Promise<void> {
  if (caseIds.length === 0) return;
  const history = await eventsOfCases(db, caseIds);
  const before = await involvedUnits(db, caseIds);
  for (const caseId of caseIds) {
    const prior = history.get(caseId) ?? [];
    // Null until the registration has arrived: a case's first events may come out of order.
    const record = foldCase([...prior.map((e) => e.event), ...batch.filter((e) => e.caseId === caseId)]);
    const known = before.get(caseId) ?? new Set();
    const newUnits = record ? involvedUnitIds(record).filter((u) => !known.has(u)) : [];
    plans.set(caseId, { record, newUnits, priorSeqs: prior.map((e) => e.seq) });
  }
}

/**
 * Folds the batch's cases with what is stored of them, before the sequencer is taken, so the
 * fold's work does not hold up the town's other pushes.
 */
export async function planFolds(db: Client, townId: string, batch: readonly CaseEvent[]): Promise<FoldPlans> {
  const highWater = await townEventHighWater(db, townId);
  const plans = new Map<string, FoldPlan>();
  await plan(db, batch, [...new Set(batch.map((e) => e.caseId))], plans);
  return { plans, highWater };
}

/** With the sequencer held: folds again the cases another push added to since the plan was read. */
export async function replanChanged(db: Client, batch: readonly CaseEvent[], folds: FoldPlans): Promise<void> {
  if (folds.plans.size === 0) return;
  await plan(db, batch, await casesWithEventsAfter(db, [...folds.plans.keys()], folds.highWater), folds.plans);
}

/**
 * With the sequencer held and the batch numbered: saves each case's projection and involvement.
 * A unit involved for the first time receives the case's later events through the stream from
 * the batch's first one on, and its earlier history re-issued under new numbers.
 */
export async function saveFolds(db: Client, townId: string, folds: FoldPlans, numbered: ReadonlyMap<string, readonly number[]>): Promise<void> {
  const cases: { record: CaseRecord; lastSeq: number }[] = [];
  const involvements: NewInvolvement[] = [];
  for (const [caseId, p] of folds.plans) {
    const seqs = numbered.get(caseId) ?? [];
    // Every event of the case was already stored by another push, which folded it.
    if (seqs.length === 0 || !p.record) continue;
    cases.push({ record: p.record, lastSeq: Math.max(...seqs) });
    const sinceSeq = Math.min(...seqs);
    for (const unitId of p.newUnits) involvements.push({ caseId, unitId, sinceSeq, earlierEventSeqs: p.priorSeqs });
  }
  await saveCaseProjections(db, townId, cases);
  await addInvolvements(db, townId, involvements);
}

/**
 * Every case event enters the hub this way, a seat's push and an Open311 request alike: the
 * planned events are stored first, then, holding the town's sequencer, numbered and folded
 * (docs/decisions/0009). Answers whether any event was new.
 */
export async function storePlannedEvents(db: Client, townId: string, events: readonly CaseEvent[], folds: FoldPlans, skewed: boolean): Promise<boolean> {
  const stored = await insertEvents(db, townId, events.map((event) => ({ event, skewed })));
  if (stored.length === 0) return false;
  await lockTownSequencer(db, townId);
  await replanChanged(db, events, folds);
  await saveFolds(db, townId, folds, await numberEvents(db, townId, stored));
  return true;
}
