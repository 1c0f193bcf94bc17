import type { CaseEvent } from '../../shared/case/events';
import { foldCase } from '../../shared/case/fold';
import type { CaseRecord } from '../../shared/case/record';
import { involvedUnitIds } from '../../shared/case/visibility';
import type { Client, Pool } from '../store/db';
import { lockCaseRows } from '../store/cases';
import { mustReadAgain, readBatchContext, writeCleanBatch, writeNumberedBatch, type BatchContext, type NumberedBatch } from '../store/events';
import { lockTownSequencer } from '../store/sequencer';

/** A case event as checked, with the JSON it was checked as: stored as it is, never serialised again. */
export interface CheckedEvent {
  readonly event: CaseEvent;
  readonly json: string;
}

/** Picks the events to store among those the hub does not hold yet; called again if the hub changed under the first read. */
export type Admit = (events: readonly CheckedEvent[], context: BatchContext) => readonly CheckedEvent[];

/** Orders by code units, as PostgreSQL's "C" collation orders these ASCII ids. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Folds each case of the batch with what is stored of it, and finds the units it involves for
 * the first time. Cases in id order, so every writer locks their rows in one order.
 */
function planBatch(events: readonly CheckedEvent[], context: BatchContext): NumberedBatch {
  const byCase = new Map<string, CaseEvent[]>();
  for (const { event } of events) {
    const list = byCase.get(event.caseId);
    if (list) list.push(event);
    else byCase.set(event.caseId, [event]);
  }
  const records: CaseRecord[] = [];
  const involvements: { caseId: string; unitId: string }[] = [];
  const backfill: { caseId: string; unitId: string; eventSeq: number }[] = [];
  const newCases = new Set<string>();
  for (const caseId of [...byCase.keys()].sort(byCodeUnits)) {
    if (!context.caseTowns.has(caseId)) newCases.add(caseId);
    const batch = byCase.get(caseId) ?? [];
    const prior = context.history.get(caseId) ?? [];
    // Null until the registration has arrived: a case's first events may come out of order.
    const record = foldCase([...prior.map((e) => e.event), ...batch]);
    if (!record) continue;
    records.push(record);
    const known = context.involved.get(caseId);
    for (const unitId of involvedUnitIds(record).sort(byCodeUnits)) {
      if (known?.has(unitId)) continue;
      involvements.push({ caseId, unitId });
      for (const e of prior) backfill.push({ caseId, unitId, eventSeq: e.seq });
    }
  }
  return { events, records, involvements, backfill, newCases };
}

/**
 * Every case event enters the hub this way, a seat's push and an Open311 request alike, inside
 * the caller's transaction. What the hub holds of the batch's cases is read and folded before the
 * town's sequencer is taken; holding it, one statement stores, numbers and projects the batch
 * (docs/decisions/0009, 0018). Should another push have numbered events of those cases in
 * between, that statement writes nothing and the batch is read and folded again, now under the
 * lock, where nothing can come between. Answers the context the stored events were admitted by.
 */
export async function storeCaseEvents(
  db: Client,
  townId: string,
  candidates: readonly CheckedEvent[],
  skewed: boolean,
  admit: Admit = (e) => e,
): Promise<{ context: BatchContext; stored: number }> {
  const ids = candidates.map((c) => c.event.id);
  const actors = [...new Set(candidates.map((c) => c.event.actorId))];
  const caseIds = [...new Set(candidates.map((c) => c.event.caseId))];
  for (let attempt = 0; ; attempt++) {
    const context = await readBatchContext(db, townId, ids, actors, caseIds);
    const events = admit(
      candidates.filter((c) => !context.held.has(c.event.id)),
      context,
    );
    if (events.length === 0) return { context, stored: 0 };
    const batch = planBatch(events, context);
    if (attempt === 0) {
      await lockCaseRows(db, caseIds);
      await lockTownSequencer(db, townId);
    }
    const written = await writeNumberedBatch(db, townId, batch, context.highWater, skewed);
    if (!written.stale) return { context, stored: written.stored };
    if (attempt > 0) throw new Error('the town stream moved while its sequencer was held');
  }
}

/**
 * The common push, admitted whole by what was read before: one statement on the pool, its own
 * transaction, that writes the cases' folds, then takes the town's sequencer itself, numbers the
 * events and commits as it ends, so only the events are written while the lock is held
 * (docs/decisions/0027, 0034). Answers false when that statement wrote nothing because the hub
 * moved under the read (the guard fired, an event id was stored meanwhile, a deadlock was broken):
 * the caller then stores the batch by storeCaseEvents.
 */
export async function storeAdmittedAtOnce(pool: Pool, townId: string, events: readonly CheckedEvent[], context: BatchContext): Promise<boolean> {
  if (events.length === 0) return true;
  try {
    await writeCleanBatch(pool, townId, planBatch(events, context), context.highWater);
    return true;
  } catch (error) {
    if (mustReadAgain(error)) return false;
    throw error;
  }
}
