import { ApiError } from '../../../shared/api/errors';
import type { CaseActInput } from '../../../shared/api/methods/loop';
import { checkCaseAction, type ProposedAction } from '../../../shared/case/actions';
import { CaseEvent } from '../../../shared/case/events';
import type { CaseRecord } from '../../../shared/case/record';
import { maySeeCase, viewerOf } from '../../../shared/case/visibility';
import type { UserProfile } from '../../../shared/reference/types';
import { commitCaseEvents } from '../cases/commit';
import type { CoreContext } from '../context';
import { caseInView } from '../cases/visible-cases';
import { mergedChildren } from '../store/case-queues';
import { writeTransaction, type DB, type WritableDB } from '../store/db';
import { checkCoreRules } from './core-rules';
import { eventPayload } from './event-payload';

/**
 * Every loop action takes this one path: load, check the state machine and the core's own
 * rules, then record the event. A refusal throws before anything is written. When a case
 * closes, the duplicates merged into it close in the same transaction.
 */
export function performCaseAction(ctx: CoreContext, actor: UserProfile, input: CaseActInput): CaseRecord {
  return commitCheckedEvent(ctx, actor, input.caseId, (db, current) => checkedCaseAction(ctx, db, actor, current, input)).record;
}

/** An action that is not taken from a case's own action bar (an appeal of a deduction) takes the same path. */
/** The case after the action, and the event that recorded it (an appeal is known by its event's id). */
export function performProposedAction(ctx: CoreContext, actor: UserProfile, caseId: string, proposed: ProposedAction): Committed {
  return commitCheckedEvent(ctx, actor, caseId, (db, current) => checkedEvent(ctx, db, actor, current, proposed));
}

type Committed = { readonly record: CaseRecord; readonly event: CaseEvent };

function commitCheckedEvent(ctx: CoreContext, actor: UserProfile, caseId: string, check: (db: DB, current: CaseRecord) => CaseEvent): Committed {
  const changed: string[] = [];
  const committed = writeTransaction(ctx.db, (db) => {
    const current = caseInView(db, actor, caseId);
    const event = check(db, current);
    const next = commitCaseEvents(db, current.id, [event]);
    changed.push(next.id);
    if (next.status === 'closed' && current.status !== 'closed') changed.push(...closeMergedChildren(ctx, db, actor, next.id));
    return { record: next, event };
  }).immediate();
  ctx.publish('cases:changed', { ids: changed });
  return committed;
}

/**
 * The event an action on `current` records, once the visibility rule, the state machine and the
 * core's own rules allow it; a refusal throws. Nothing is written: `performCaseAction` commits it,
 * and a town's history played in bulk (play-demo-history.ts) folds it into a case it holds in memory.
 */
export function checkedCaseAction(ctx: CoreContext, db: DB, actor: UserProfile, current: CaseRecord, input: CaseActInput): CaseEvent {
  return checkedEvent(ctx, db, actor, current, { type: input.action, payload: eventPayload(db, actor, current, input) } as ProposedAction);
}

function checkedEvent(ctx: CoreContext, db: DB, actor: UserProfile, current: CaseRecord, proposed: ProposedAction): CaseEvent {
  if (!maySeeCase(viewerOf(actor), current)) throw new ApiError('not_found', { what: current.id }, 'caseId');
  const event = CaseEvent.parse({
    id: ctx.newId(),
    caseId: current.id,
    seatId: ctx.seatId,
    hlc: ctx.hlc.next(),
    actorId: actor.id,
    type: proposed.type,
    payload: proposed.payload,
  });
  // Narrows the type only: an action is never registration or dispatch.
  if (event.type === 'case.registered' || event.type === 'case.dispatched') throw new Error(`not a loop action: ${event.type}`);
  const refusal = checkCaseAction(current, event, actor);
  if (refusal) throw new ApiError(refusal.code, refusal.params);
  checkCoreRules(db, current, event, ctx.now());
  return event;
}

function closeMergedChildren(ctx: CoreContext, db: WritableDB, actor: UserProfile, mainCaseId: string): string[] {
  return mergedChildren(db, mainCaseId).map(
    (child) =>
      commitCaseEvents(db, child.id, [
        {
          id: ctx.newId(),
          caseId: child.id,
          seatId: ctx.seatId,
          hlc: ctx.hlc.next(),
          actorId: actor.id,
          type: 'case.closed',
          payload: { reason: 'main_case_closed', note: '' },
        },
      ]).id,
  );
}
