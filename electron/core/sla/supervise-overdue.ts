import { automaticSupervisionActorId } from '../../../shared/reference/actors';
import { cardDue, cardFellDueAt } from '../../../shared/sla/supervision';
import { formatHlc } from '../../../shared/sync/hlc';
import { commitCaseEvents } from '../cases/commit';
import type { CoreContext } from '../context';
import { clocksDueACard } from '../store/case-sla';
import { getCaseRecord } from '../store/cases';
import { writeTransaction } from '../store/db';
import { automaticCardId } from './automatic-card-id';

/**
 * One round of automatic supervision (督办): cards the overdue clocks that call for one, at
 * most `limit` per round so a backlog never blocks the seat, each lapse once (the card itself,
 * folded into the case, is what says it was carded); on every seat, since the same lapse makes
 * the same event wherever it is found. Returns the cases it carded.
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
      // Dated when it fell due, not when this round found it: any seat carding this lapse makes this same event.
      const dueAt = cardFellDueAt(clock, record.cards, card, now).getTime();
      commitCaseEvents(db, record.id, [
        {
          id: automaticCardId({ caseId: record.id, clock: clock.clock, startedAt: clock.startedAt, card }, dueAt),
          caseId: record.id,
          seatId: ctx.seatId,
          hlc: formatHlc({ wallMs: dueAt, counter: 0, node: ctx.seatId }),
          actorId: automaticSupervisionActorId,
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
