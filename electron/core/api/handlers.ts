import { assessmentHandlers } from './handlers/assessment';
import { authHandlers } from './handlers/auth';
import { caseHandlers } from './handlers/cases';
import { loopHandlers } from './handlers/loop';
import { intakeHandlers } from './handlers/intake';
import { referenceHandlers } from './handlers/reference';
import { slaHandlers } from './handlers/sla';
import type { Handlers } from './handlers/types';

export type { CallContext, Handlers } from './handlers/types';

/** The one handler table both transports bind; a method without a handler does not compile. */
export const handlers = {
  ...authHandlers,
  ...referenceHandlers,
  ...caseHandlers,
  ...loopHandlers,
  ...intakeHandlers,
  ...slaHandlers,
  ...assessmentHandlers,
} satisfies Handlers;
