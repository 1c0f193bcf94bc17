/** The SLA methods, listed apart so capabilities merge without touching each other's lines. */
const slaMethodNames = [
  'sla:status',
  'sla:caseClocks',
  'sla:nearest',
  'sla:alerts',
  'sla:cards',
  'sla:policies',
  'sla:savePolicy',
  'sla:calendar',
  'sla:saveOverride',
  'sla:removeOverride',
  'sla:loadYear',
] as const;

/** Account administration: the people who log in, and locked accounts, told to the admin rather than to whoever guessed. */
const userMethodNames = ['users:locks', 'users:unlock', 'users:list', 'users:save', 'users:setDisabled'] as const;
/** The seat's link to the hub. */
const syncMethodNames = ['sync:status', 'sync:enroll', 'sync:quarantine'] as const;
/** Assessment (考核): listed apart, as the SLA methods are. */
const assessmentMethodNames = [
  'assessment:units',
  'assessment:cases',
  'assessment:appeal',
  'assessment:ruleAppeal',
  'assessment:appeals',
  'assessment:rule',
  'assessment:saveRule',
  'assessment:spikes',
  'assessment:proactive',
  'assessment:heat',
  'assessment:cellCases',
  'assessment:trends',
  'assessment:repeatCallers',
  'assessment:groupRequests',
  'assessment:mergeGroup',
] as const;

/**
 * The names that may cross the process boundary. Kept free of schemas so the sandboxed preload
 * can check a name without bundling the whole contract; `contract.ts` must cover exactly these.
 */
export const methodNames = [
  'auth:login',
  'auth:logout',
  'auth:session',
  'auth:seat',
  'reference:get',
  'reference:saveCommittee',
  'reference:saveUnit',
  'reference:saveCategory',
  'reference:saveRoutingRule',
  'reference:deleteRoutingRule',
  'cases:create',
  'cases:dispatch',
  'cases:get',
  'cases:list',
  'cases:act',
  'queues:unit',
  'queues:supervisor',
  'queues:callback',
  'intake:callerHistory',
  'intake:suggestCategories',
  'intake:retrainModel',
  'intake:duplicates',
  'intake:answer',
  'intake:fileRepeat',
  'intake:emergencyTransfer',
  'intake:templates',
  'knowledge:list',
  'knowledge:save',
  'knowledge:delete',
  'search:cases',
  'board:list',
  'wall:get',
  'synonyms:list',
  'synonyms:save',
  'synonyms:delete',
  ...slaMethodNames,
  ...userMethodNames,
  ...syncMethodNames,
  ...assessmentMethodNames,
] as const;
export type MethodName = (typeof methodNames)[number];

/** `shell:command` carries the Electron menu's commands; browser mode binds the same keys itself. */
export const pushEventNames = ['cases:changed', 'reference:changed', 'shell:command', 'sync:state'] as const;
export type PushEventName = (typeof pushEventNames)[number];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (methodNames as readonly string[]).includes(name);
}

export function isPushEventName(name: unknown): name is PushEventName {
  return typeof name === 'string' && (pushEventNames as readonly string[]).includes(name);
}
