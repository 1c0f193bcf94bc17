import type { ErrorCode } from '../api/errors';
import type { Role } from '../reference/types';
import type { CaseEventOf, CaseEventType } from './events';
import { finalStatuses } from './fold';
import { MAX_CALLBACK_ATTEMPTS, specialClosureCodes } from './loop-vocabulary';
import type { CaseRecord } from './record';
import type { CaseStatus } from './vocabulary';

/** Every action on an existing case is the event it records. */
export type CaseAction = Exclude<CaseEventType, 'case.registered'>;

/** Who acts: a handler acts for its unit, the hotline roles for the town. */
export interface Actor {
  readonly role: Role;
  readonly unitId: string | null;
}

type Holder = 'responsible' | 'responsible_or_cohandler' | 'whistled' | 'town';

interface Rule {
  readonly from: readonly CaseStatus[] | 'open';
  readonly roles: readonly Role[];
  /** For handlers: which unit may act. */
  readonly holder: Holder;
}

const hotline: readonly Role[] = ['operator', 'dispatcher', 'supervisor'];
const handling: readonly CaseStatus[] = ['accepted', 'contacted', 'reopened'];

/**
 * The state machine of the closed loop: for every action, the states it may start from and the
 * roles that may take it. Exhaustive by type: a new action without a rule does not compile.
 */
export const actionRules = {
  'case.dispatched': { from: ['registered'], roles: ['operator', 'dispatcher', 'supervisor'], holder: 'town' },
  'case.accepted': { from: ['dispatched', 'reopened'], roles: ['handler'], holder: 'responsible' },
  'case.contacted': { from: handling, roles: ['handler'], holder: 'responsible' },
  'case.noted': { from: 'open', roles: ['handler', ...hotline], holder: 'responsible_or_cohandler' },
  'case.replied': { from: ['accepted', 'contacted'], roles: ['handler'], holder: 'responsible' },
  'case.special_closure_ruled': { from: ['accepted', 'contacted'], roles: ['supervisor'], holder: 'town' },
  'case.conflict_ruled': { from: 'open', roles: ['supervisor'], holder: 'town' },
  'case.return_requested': { from: ['dispatched', 'accepted', 'contacted'], roles: ['handler'], holder: 'responsible' },
  'case.return_ruled': { from: ['return_requested'], roles: ['supervisor'], holder: 'town' },
  'case.extension_requested': { from: ['dispatched', ...handling], roles: ['handler'], holder: 'responsible' },
  'case.extension_ruled': { from: ['extension_requested'], roles: ['supervisor'], holder: 'town' },
  'case.whistled': { from: handling, roles: ['handler'], holder: 'responsible' },
  'case.reported': { from: 'open', roles: ['handler'], holder: 'whistled' },
  'case.callback_failed': { from: ['replied'], roles: ['operator', 'supervisor'], holder: 'town' },
  'case.evaluated': { from: ['replied'], roles: ['operator', 'supervisor'], holder: 'town' },
  // From closed only within REOPEN_AFTER_CLOSE_DAYS: the core checks the time, the UI hides the key after it.
  'case.reopened': { from: ['callback_done', 'closed'], roles: ['supervisor'], holder: 'town' },
  'case.closed': { from: ['replied', 'callback_done'], roles: ['operator', 'supervisor'], holder: 'town' },
  'case.merged': {
    from: ['registered', 'dispatched', 'accepted', 'contacted', 'reopened'],
    roles: ['operator', 'dispatcher', 'supervisor'],
    holder: 'town',
  },
  'case.supervised': { from: 'open', roles: ['supervisor'], holder: 'town' },
  'case.answered': { from: ['registered'], roles: hotline, holder: 'town' },
  'case.linked': { from: ['registered'], roles: hotline, holder: 'town' },
  'case.repeat_call': { from: 'open', roles: hotline, holder: 'town' },
} as const satisfies Record<CaseAction, Rule>;

export interface Refusal {
  readonly code: ErrorCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const EXTENSION_CAP_WORKING_DAYS = 10;

function holds(record: CaseRecord, actor: Actor, holder: Holder): boolean {
  if (actor.role !== 'handler') return true;
  const unit = actor.unitId;
  switch (holder) {
    case 'responsible':
      return unit !== null && unit === record.responsibleUnitId;
    case 'responsible_or_cohandler':
      return unit !== null && (unit === record.responsibleUnitId || record.coHandlerUnitIds.includes(unit));
    case 'whistled':
      return record.whistles.some((w) => w.unitId === unit && w.reportedAt === null);
    case 'town':
      return false;
  }
}

/**
 * Whether `actor` may take `action` on the case now, and if not, the code that says why. Pure:
 * the core calls it before writing, the UI to decide which actions to offer. Rules needing the
 * calendar (the return window) are the core's.
 */
export function checkCaseAction<A extends CaseAction>(
  record: CaseRecord,
  action: A,
  actor: Actor,
  payload: CaseEventOf<A>['payload'],
): Refusal | null {
  const rule: Rule = actionRules[action];
  if (!rule.roles.includes(actor.role) || !holds(record, actor, rule.holder)) return { code: 'forbidden' };
  const allowed = rule.from === 'open' ? !finalStatuses.includes(record.status) : rule.from.includes(record.status);
  if (!allowed) return { code: 'invalid_transition', params: { status: record.status, action } };
  return checkPayload(record, action, payload);
}

/** Actions that would start a second request while one waits for the supervisor. */
const requestActions: readonly CaseAction[] = ['case.replied', 'case.return_requested', 'case.extension_requested'];

function checkPayload(record: CaseRecord, action: CaseAction, payload: unknown): Refusal | null {
  const p = payload as Record<string, unknown>;
  if (record.pending && requestActions.includes(action)) {
    return { code: 'invalid_transition', params: { status: `pending_${record.pending.type}`, action } };
  }
  switch (action) {
    case 'case.replied':
      if (specialClosureCodes.includes(p.closureCode as never) && String(p.justification ?? '').trim().length < 10) {
        return { code: 'justification_required' };
      }
      return null;
    case 'case.conflict_ruled': {
      if (!hasOpenConflict(record)) return { code: 'invalid_transition', params: { status: record.status, action } };
      const dispatched = record.dispatches.some((d) => d.unitId === p.keepUnitId);
      return dispatched ? null : { code: 'unknown_reference', params: { field: 'keepUnitId', value: String(p.keepUnitId) } };
    }
    case 'case.special_closure_ruled':
      return record.pending?.type === 'special_closure' ? null : { code: 'invalid_transition', params: { status: record.status, action } };
    case 'case.extension_requested': {
      const left = EXTENSION_CAP_WORKING_DAYS - record.extensionDaysGranted;
      return Number(p.workingDays) > left ? { code: 'extension_limit', params: { left } } : null;
    }
    case 'case.return_ruled':
      return p.approved === true && !p.redispatchToUnitId ? { code: 'redispatch_required' } : null;
    case 'case.closed':
      if (record.status === 'replied' && record.callbackFailures.length < MAX_CALLBACK_ATTEMPTS) {
        return { code: 'callback_attempts_remaining', params: { left: MAX_CALLBACK_ATTEMPTS - record.callbackFailures.length } };
      }
      return null;
    case 'case.evaluated':
      return p.resolved === true && p.satisfaction !== 'dissatisfied' ? null : p.cause ? null : { code: 'cause_required' };
    case 'case.merged':
      return p.intoCaseId === record.id ? { code: 'invalid_transition', params: { status: record.status, action } } : null;
    default:
      return null;
  }
}

/** Two seats dispatched the case to different units and no supervisor has ruled yet. */
function hasOpenConflict(record: CaseRecord): boolean {
  return record.dispatches.some((d) => d.conflicting && !d.ruled);
}

/** The actions `actor` could take now (payload rules aside): what the UI offers. */
export function availableActions(record: CaseRecord, actor: Actor): CaseAction[] {
  return (Object.keys(actionRules) as CaseAction[]).filter((action) => {
    const rule: Rule = actionRules[action];
    if (!rule.roles.includes(actor.role) || !holds(record, actor, rule.holder)) return false;
    if (action === 'case.special_closure_ruled' && record.pending?.type !== 'special_closure') return false;
    if (action === 'case.conflict_ruled' && !hasOpenConflict(record)) return false;
    return rule.from === 'open' ? !finalStatuses.includes(record.status) : rule.from.includes(record.status);
  });
}
