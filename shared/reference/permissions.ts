import type { MethodName } from '../api/names';
import type { Role } from './types';

const everyone: readonly Role[] = ['operator', 'dispatcher', 'supervisor', 'handler', 'admin'];
const hotline: readonly Role[] = ['operator', 'dispatcher', 'supervisor', 'admin'];

const supervisors: readonly Role[] = ['dispatcher', 'supervisor', 'admin'];
const admins: readonly Role[] = ['admin'];

/** SLA (issue 5): everyone sees clocks; the wall and cards are the hotline's; policies and calendar the admin's. */
const slaRoles = {
  'sla:status': everyone,
  'sla:caseClocks': everyone,
  'sla:nearest': everyone,
  'sla:board': everyone,
  'sla:alerts': everyone,
  'sla:cards': supervisors,
  'sla:wall': hotline,
  'sla:policies': ['supervisor', 'admin'],
  'sla:savePolicy': admins,
  'sla:calendar': ['supervisor', 'admin'],
  'sla:saveOverride': admins,
  'sla:removeOverride': admins,
  'sla:loadYear': admins,
} as const satisfies Record<string, readonly Role[]>;

/** Assessment: a unit sees its own figures and appeals its own deductions; supervisors rule; admins set the rule. */
const assessmentRoles = {
  'assessment:units': ['supervisor', 'admin', 'handler'],
  'assessment:cases': ['supervisor', 'admin', 'handler'],
  'assessment:appeal': ['handler'],
  'assessment:ruleAppeal': ['supervisor'],
  'assessment:appeals': ['supervisor', 'admin', 'handler'],
  'assessment:rule': ['supervisor', 'admin', 'handler'],
  'assessment:saveRule': admins,
  'assessment:spikes': ['supervisor', 'admin'],
  'assessment:proactive': ['supervisor'],
} as const satisfies Record<string, readonly Role[]>;

/** Which roles may call which method; the core enforces it, the UI only mirrors it. */
export const methodRoles = {
  'auth:login': everyone,
  'auth:logout': everyone,
  'auth:session': everyone,
  'reference:get': everyone,
  'cases:create': hotline,
  'cases:dispatch': ['dispatcher', 'supervisor', 'operator'],
  'cases:get': everyone,
  'cases:list': everyone,
  // Which of them may take which action, on which case, is the state machine's rule, checked in the core.
  'cases:act': ['operator', 'dispatcher', 'supervisor', 'handler'],
  'queues:unit': ['handler'],
  'queues:supervisor': ['supervisor'],
  'queues:callback': ['operator', 'supervisor'],
  'intake:callerHistory': hotline,
  'intake:suggestCategories': hotline,
  'intake:retrainModel': ['supervisor', 'admin'],
  'intake:duplicates': hotline,
  'intake:answer': hotline,
  'intake:fileRepeat': hotline,
  'intake:emergencyTransfer': hotline,
  'intake:templates': hotline,
  'knowledge:list': everyone,
  'knowledge:save': ['admin'],
  'knowledge:delete': ['admin'],
  'search:cases': everyone,
  'synonyms:list': everyone,
  'synonyms:save': admins,
  'synonyms:delete': admins,
  ...slaRoles,
  ...assessmentRoles,
} as const satisfies Record<MethodName, readonly Role[]>;

export function mayCall(role: Role, method: MethodName): boolean {
  return (methodRoles[method] as readonly Role[]).includes(role);
}

/** A handler sees only the cases of its own unit. */
export function unitScope(user: { role: Role; unitId: string | null }): string | null {
  return user.role === 'handler' ? (user.unitId ?? '') : null;
}
