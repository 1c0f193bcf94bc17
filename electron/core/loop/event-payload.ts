import { ApiError } from '../../../shared/api/errors';
import type { CaseActInput } from '../../../shared/api/methods/loop';
import type { CaseRecord } from '../../../shared/case/record';
import type { UserProfile } from '../../../shared/reference/types';
import { manualCardClock } from '../../../shared/sla/supervision';
import { caseByNumber } from '../store/case-queues';
import type { DB } from '../store/db';

/**
 * The payload the event records: the seat's input plus what only the core may decide: the
 * acting unit, why a case closes, and which case a merge points at.
 */
export function eventPayload(db: DB, actor: UserProfile, record: CaseRecord, input: CaseActInput): unknown {
  switch (input.action) {
    case 'case.accepted':
      return { unitId: actor.unitId ?? '' };
    case 'case.noted':
      return { unitId: actor.role === 'handler' ? actor.unitId : null, note: input.payload.note };
    case 'case.reported':
      return { unitId: actor.unitId ?? '', note: input.payload.note };
    case 'case.closed':
      return { reason: record.status === 'callback_done' ? 'supervisor' : 'callback_failed', note: input.payload.note };
    case 'case.supervised':
      return { card: input.payload.card, clock: manualCardClock, note: input.payload.note };
    case 'case.merged': {
      const main = caseByNumber(db, input.payload.intoCaseNumber);
      if (!main) throw new ApiError('not_found', { what: input.payload.intoCaseNumber }, 'payload.intoCaseNumber');
      return { intoCaseId: main.id };
    }
    default:
      return input.payload;
  }
}
