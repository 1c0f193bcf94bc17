import { performCaseAction } from '../../loop/perform-action';
import { casesAwaitingCallback, casesForSupervisor, openCasesInView } from '../../store/case-queues';
import { sessionOf, viewerOfCall, type HandlersFor } from './types';

export const loopHandlers = {
  'cases:act': (input, call) => performCaseAction(call.core, sessionOf(call).user, input),
  'queues:unit': (_input, call) => ({ items: openCasesInView(call.core.db, viewerOfCall(call)) }),
  'queues:supervisor': (_input, call) => ({ items: casesForSupervisor(call.core.db, viewerOfCall(call)) }),
  'queues:callback': (_input, call) => ({ items: casesAwaitingCallback(call.core.db, viewerOfCall(call)) }),
} satisfies HandlersFor<'cases:act' | 'queues:unit' | 'queues:supervisor' | 'queues:callback'>;
