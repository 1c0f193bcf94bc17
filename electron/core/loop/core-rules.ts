import { ApiError } from '../../../shared/api/errors';
import { shanghaiDay } from '../../../shared/case/case-number';
import type { CaseEvent } from '../../../shared/case/events';
import { finalStatuses } from '../../../shared/case/fold';
import type { CaseRecord } from '../../../shared/case/record';
import { REOPEN_AFTER_CLOSE_DAYS, reopenWindowOpen } from '../../../shared/case/reopen-window';
import { slaDeadline } from '../../../shared/sla/deadline';
import { returnRequestWindow } from '../../../shared/sla/procedure-limits';
import { getCaseRecord } from '../store/cases';
import type { DB } from '../store/db';
import { unitExists } from '../store/reference';
import { slaSettings } from '../sla/settings';

/**
 * The rules `checkCaseAction` leaves to the core because they need the store or the calendar:
 * the return window, the reopen window, units that exist, a main case that is still open.
 * the shared rule table's, so the UI offers exactly what the core will accept.
 */
export function checkCoreRules(db: DB, record: CaseRecord, event: CaseEvent, now: Date): void {
  switch (event.type) {
    case 'case.return_requested': {
      if (record.clockStartedAt === null) return;
      // The town's own calendar: its overrides and loaded years count here as for every other clock.
      const deadline = slaDeadline(new Date(record.clockStartedAt), returnRequestWindow, slaSettings(db).calendar);
      // The window ends at 24:00 of its last working day, which is how a unit reads it.
      const lastDay = shanghaiDay(new Date(deadline.getTime() - 1));
      if (now >= deadline) throw new ApiError('return_window_passed', { deadline: `${lastDay} 24:00` });
      return;
    }
    case 'case.dispatched':
      if (!unitExists(db, event.payload.unitId)) {
        throw new ApiError('unknown_reference', { field: 'unitId', value: event.payload.unitId }, 'unitId');
      }
      return;
    case 'case.return_ruled': {
      const to = event.payload.redispatchToUnitId;
      if (!event.payload.approved || to === null) return;
      if (!unitExists(db, to)) throw new ApiError('unknown_reference', { field: 'unitId', value: to }, 'payload.redispatchToUnitId');
      return;
    }
    case 'case.reopened':
      if (record.status === 'closed' && !reopenWindowOpen(record, now)) throw new ApiError('reopen_window_passed', { days: REOPEN_AFTER_CLOSE_DAYS });
      return;
    case 'case.whistled': {
      const unknown = event.payload.unitIds.find((u) => !unitExists(db, u));
      if (unknown) throw new ApiError('unknown_reference', { field: 'unitId', value: unknown }, 'payload.unitIds');
      return;
    }
    case 'case.merged': {
      const main = getCaseRecord(db, event.payload.intoCaseId);
      if (main && finalStatuses.includes(main.status)) {
        throw new ApiError('invalid_transition', { status: main.status, action: 'case.merged' }, 'payload.intoCaseNumber');
      }
      return;
    }
    default:
      return;
  }
}
