import type { z } from 'zod';
import type { CaseRecord } from '../case/record';
import { assessmentMethods } from './methods/assessment';
import { decisionMethods } from './methods/decision';
import { authMethods } from './methods/auth';
import { boardMethods } from './methods/board';
import { caseMethods } from './methods/cases';
import { loopMethods } from './methods/loop';
import { intakeMethods } from './methods/intake';
import { knowledgeMethods } from './methods/knowledge';
import { referenceMethods } from './methods/reference';
import { searchMethods } from './methods/search';
import { slaMethods } from './methods/sla';
import { userMethods } from './methods/users';
import { synonymMethods } from './methods/synonyms';
import { syncMethods } from './methods/sync';
import type { MethodSpec } from './methods/spec';
import { wallMethods } from './methods/wall';
import type { MethodName } from './names';

export { NewCase } from './methods/cases';
export type CaseView = CaseRecord;

/**
 * The API contract: each method once, with its input and output schema, grouped by capability
 * in `methods/`. Electron IPC and the browser-mode WebSocket bind the same handler table to it;
 * `names.ts` must list exactly these names (checked here at compile time).
 */
export const contract = {
  ...authMethods,
  ...referenceMethods,
  ...caseMethods,
  ...loopMethods,
  ...intakeMethods,
  ...knowledgeMethods,
  ...searchMethods,
  ...boardMethods,
  ...wallMethods,
  ...slaMethods,
  ...userMethods,
  ...synonymMethods,
  ...syncMethods,
  ...assessmentMethods,
  ...decisionMethods,
} as const satisfies Record<MethodName, MethodSpec>;

type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: Exactly<keyof typeof contract, MethodName> = true;
void namesMatchContract;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
