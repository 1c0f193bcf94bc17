import { ApiError } from '../../../../shared/api/errors';
import { unitScope } from '../../../../shared/reference/permissions';
import { dispatchCase } from '../../dispatch/dispatch-case';
import { registerCase } from '../../intake/register-case';
import { maySee } from '../../loop/visibility';
import { getCaseRecord, listCaseRecords } from '../../store/cases';
import { eventsForCase } from '../../store/events';
import { sessionOf, type HandlersFor } from './types';

export const caseHandlers = {
  'cases:create': (input, call) => registerCase(call.core, sessionOf(call).user, input),
  'cases:dispatch': (input, call) => dispatchCase(call.core, sessionOf(call).user, input),
  'cases:get': (input, call) => {
    const record = getCaseRecord(call.core.db, input.caseId);
    // A handler asking for another unit's case learns nothing, not even that it exists.
    if (!record || !maySee(call.core.db, sessionOf(call).user, record)) {
      throw new ApiError('not_found', { what: input.caseId }, 'caseId');
    }
    return { case: record, events: eventsForCase(call.core.db, record.id) };
  },
  'cases:list': (input, call) => listCaseRecords(call.core.db, { ...input, unitId: unitScope(sessionOf(call).user) }),
} satisfies HandlersFor<'cases:create' | 'cases:dispatch' | 'cases:get' | 'cases:list'>;
