import { foldCase } from '../../shared/case/fold';
import { involvedUnitIds } from '../../shared/case/visibility';
import { addInvolvements, involvedUnits, saveCaseProjections, type FoldedCase, type NewInvolvement } from '../store/cases';
import type { Client } from '../store/db';
import { eventsOfCases } from '../store/events';

/**
 * After new events of some cases are stored: fold each case again with the shared fold, save the
 * projection, and record every unit the case now involves for the first time. Such a unit gets
 * the case's whole history: the events stored before its first new one are re-issued to it.
 * Call in the push transaction, with the town's sequencer held.
 */
export async function refoldCases(db: Client, townId: string, stored: readonly { caseId: string; seq: number }[]): Promise<void> {
  const firstNewSeq = new Map<string, number>();
  for (const s of stored) firstNewSeq.set(s.caseId, Math.min(s.seq, firstNewSeq.get(s.caseId) ?? Infinity));
  const caseIds = [...firstNewSeq.keys()];
  if (caseIds.length === 0) return;
  const history = await eventsOfCases(db, caseIds);
  const before = await involvedUnits(db, caseIds);
  const folded: FoldedCase[] = [];
  const involvements: NewInvolvement[] = [];
  for (const caseId of caseIds) {
    const events = history.get(caseId) ?? [];
    // Null until the registration has arrived: a case's first events may come out of order.
    const record = foldCase(events.map((e) => e.event));
    if (!record) continue;
    folded.push({ record, lastSeq: Math.max(...events.map((e) => e.seq)) });
    const sinceSeq = firstNewSeq.get(caseId) ?? 0;
    const known = before.get(caseId) ?? new Set();
    for (const unitId of involvedUnitIds(record)) {
      if (known.has(unitId)) continue;
      involvements.push({ caseId, unitId, sinceSeq, earlierEventSeqs: events.filter((e) => e.seq < sinceSeq).map((e) => e.seq) });
    }
  }
  await saveCaseProjections(db, townId, folded);
  await addInvolvements(db, townId, involvements);
}
