import { cardDue } from '../../../shared/sla/supervision';
import { commitCaseEvents } from '../cases/commit';
import type { CoreContext } from '../context';
import { clocksDueACard } from '../store/case-sla';
import { getCaseRecord } from '../store/cases';
import { writeTransaction } from '../store/db';

/** The actor of automatic supervision in the case history. */
export const supervisionActorId = 'system.sla';

/**
 * One round of automatic supervision (督办): cards the overdue clocks that call for one, at
 * most `limit` per round so a backlog never blocks the seat, each lapse once (the card itself,
 * folded into the case, is what says it was carded). Returns the cases it carded.
 */
export function superviseOverdue(ctx: CoreContext, limit: number): string[] {
  // Clocks are stored with the projection: cases filed just now are projected first.
  ctx.projections.flush();
  const carded = writeTransaction(ctx.db, (db) => {
    const now = ctx.now();
    const ids: string[] = [];
    for (const clock of clocksDueACard(db, now.toISOString(), limit)) {
      const record = getCaseRecord(db, clock.caseId);
      if (!record) continue;
      const card = cardDue(clock, record.cards, now);
      if (!card) continue;
      commitCaseEvents(db, record.id, [
        {
          id: ctx.newId(),
          caseId: record.id,
          seatId: ctx.seatId,
          hlc: ctx.hlc.next(),
          actorId: supervisionActorId,
          type: 'case.supervised',
          payload: { card, clock: clock.clock, note: '' },
        },
      ]);
      ids.push(record.id);
    }
    return ids;
  }).immediate();
  if (carded.length > 0) ctx.publish('cases:changed', { ids: [...new Set(carded)] });
  return carded;
}
