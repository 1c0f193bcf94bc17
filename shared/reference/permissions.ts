import type { MethodName } from '../api/names';
import { actionRules } from '../case/actions';
import { isIn, type Audience } from './audiences';
import type { Role } from './types';

/** Everyone sees clocks; cards are the card readers'; policies and calendar the rule setters'. */
const slaAudiences = {
  'sla:status': 'everyone',
  'sla:caseClocks': 'everyone',
  'sla:nearest': 'everyone',
  'sla:alerts': 'everyone',
  'sla:cards': 'cardReaders',
  'sla:policies': 'ruleSetters',
  'sla:savePolicy': 'admin',
  'sla:calendar': 'ruleSetters',
  'sla:saveOverride': 'admin',
  'sla:removeOverride': 'admin',
  'sla:loadYear': 'admin',
} as const satisfies Record<string, Audience>;

/** Who may call which method (shared/reference/audiences.ts); the core enforces it, the UI only mirrors it. */
export const methodAudiences = {
  'auth:login': 'everyone',
  'auth:logout': 'everyone',
  'auth:session': 'everyone',
  'auth:seat': 'everyone',
  'reference:get': 'everyone',
  'cases:create': 'hotline',
  // Dispatch is an action of the state machine: who may call it is who may take it.
  'cases:dispatch': actionRules['case.dispatched'].audience,
  'cases:get': 'everyone',
  'cases:list': 'everyone',
  // Which of them may take which action, on which case, is the state machine's rule, checked in the core.
  'cases:act': 'caseActors',
  'queues:unit': 'handler',
  'queues:supervisor': 'supervisor',
  'queues:callback': 'callbackCallers',
  'intake:callerHistory': 'hotline',
  'intake:suggestCategories': 'hotline',
  'intake:retrainModel': 'ruleSetters',
  'intake:duplicates': 'hotline',
  'intake:answer': 'hotline',
  'intake:fileRepeat': 'hotline',
  'intake:emergencyTransfer': 'hotline',
  'intake:templates': 'hotline',
  'knowledge:list': 'everyone',
  'knowledge:save': 'admin',
  'knowledge:delete': 'admin',
  'search:cases': 'everyone',
  'synonyms:list': 'everyone',
  'synonyms:save': 'admin',
  'synonyms:delete': 'admin',
  'board:list': 'everyone',
  'wall:get': 'hotline',
  ...slaAudiences,
  'users:locks': 'admin',
  'users:list': 'admin',
  'reference:saveCommittee': 'admin',
  'reference:saveUnit': 'admin',
  'reference:saveCategory': 'admin',
  'reference:saveRoutingRule': 'admin',
  'reference:deleteRoutingRule': 'admin',
  'users:save': 'admin',
  'users:setDisabled': 'admin',
  'users:unlock': 'admin',
  // The link state is everyone's (the app bar shows it); enrolling the seat is the admin's.
  'sync:status': 'everyone',
  'sync:enroll': 'admin',
  'sync:quarantine': 'ruleSetters',
  // A unit sees its own figures and appeals its own deductions; supervisors rule and act on spikes; admins set the rule.
  'assessment:units': 'scoreReaders',
  'assessment:cases': 'scoreReaders',
  'assessment:appeal': actionRules['case.appealed'].audience,
  'assessment:ruleAppeal': actionRules['case.appeal_ruled'].audience,
  'assessment:appeals': 'scoreReaders',
  'assessment:rule': 'scoreReaders',
  'assessment:saveRule': 'admin',
  'assessment:spikes': 'ruleSetters',
  'assessment:proactive': 'supervisor',
  // Decision support reads the whole town: the hotline's rule setters; merging a group request is the supervisor's.
  'assessment:heat': 'ruleSetters',
  'assessment:cellCases': 'ruleSetters',
  'assessment:trends': 'ruleSetters',
  'assessment:repeatCallers': 'ruleSetters',
  'assessment:groupRequests': 'ruleSetters',
  'assessment:mergeGroup': 'supervisor',
} as const satisfies Record<MethodName, Audience>;

export function mayCall(role: Role, method: MethodName): boolean {
  return isIn(role, methodAudiences[method]);
}
