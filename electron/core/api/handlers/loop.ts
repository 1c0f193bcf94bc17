import { unitScope } from '../../../../shared/reference/permissions';
import { performCaseAction } from '../../loop/perform-action';
import { casesAwaitingCallback, casesForSupervisor, openCasesOfUnit } from '../../store/case-queues';
import { sessionOf, type HandlersFor } from './types';

export const loopHandlers = {
  'cases:act': (input, call) => performCaseAction(call.core, sessionOf(call).user, input),
  'queues:unit': (_input, call) => ({ items: openCasesOfUnit(call.core.db, unitScope(sessionOf(call).user) ?? '') }),
  'queues:supervisor': (_input, call) => ({ items: casesForSupervisor(call.core.db) }),
  'queues:callback': (_input, call) => ({ items: casesAwaitingCallback(call.core.db) }),
} satisfies HandlersFor<'cases:act' | 'queues:unit' | 'queues:supervisor' | 'queues:callback'>;
