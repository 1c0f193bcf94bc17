import { caseInView } from '../../cases/visible-cases';
import { dispatchCase } from '../../dispatch/dispatch-case';
import { registerCase } from '../../intake/register-case';
import { listCaseRecords } from '../../store/cases';
import { eventsForCase } from '../../store/events';
import { skewedEventsOfCase } from '../../store/sync-outbox';
import { sessionOf, viewerOfCall, type HandlersFor } from './types';

export const caseHandlers = {
  'cases:create': (input, call) => registerCase(call.core, sessionOf(call).user, input),
  'cases:dispatch': (input, call) => dispatchCase(call.core, sessionOf(call).user, input),
  'cases:get': (input, call) => {
    const record = caseInView(call.core.db, sessionOf(call).user, input.caseId);
    return { case: record, events: eventsForCase(call.core.db, record.id), skewedEvents: skewedEventsOfCase(call.core.db, record.id) };
  },
  'cases:list': (input, call) => listCaseRecords(call.core.db, { ...input, viewer: viewerOfCall(call) }),
} satisfies HandlersFor<'cases:create' | 'cases:dispatch' | 'cases:get' | 'cases:list'>;
