import { assessmentHandlers } from './handlers/assessment';
import { decisionHandlers } from './handlers/decision';
import { authHandlers } from './handlers/auth';
import { boardHandlers } from './handlers/board';
import { caseHandlers } from './handlers/cases';
import { loopHandlers } from './handlers/loop';
import { intakeHandlers } from './handlers/intake';
import { knowledgeHandlers } from './handlers/knowledge';
import { referenceHandlers } from './handlers/reference';
import { searchHandlers } from './handlers/search';
import { slaHandlers } from './handlers/sla';
import { synonymHandlers } from './handlers/synonyms';
import { userHandlers } from './handlers/users';
import { syncHandlers } from './handlers/sync';
import type { Handlers } from './handlers/types';
import { wallHandlers } from './handlers/wall';

export type { CallContext, Handlers } from './handlers/types';

/** The one handler table both transports bind; a method without a handler does not compile. */
export const handlers = {
  ...authHandlers,
  ...referenceHandlers,
  ...caseHandlers,
  ...loopHandlers,
  ...intakeHandlers,
  ...knowledgeHandlers,
  ...searchHandlers,
  ...synonymHandlers,
  ...boardHandlers,
  ...wallHandlers,
  ...slaHandlers,
  ...userHandlers,
  ...syncHandlers,
  ...assessmentHandlers,
  ...decisionHandlers,
} satisfies Handlers;
