import type { ErrorCode } from '../api/errors';
import { isIn, type Audience } from '../reference/audiences';
import type { Role } from '../reference/types';
import type { CaseEventOf, CaseEventType } from './events';
import { finalStatuses } from './fold';
import { appealOn, deductionOnCase, openAppealOf } from './fold-appeals';
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
  /** `open`: any state but a final one; `any`: every state, closed ones too. */
  readonly from: readonly CaseStatus[] | 'open' | 'any';
  /** Who may take it (shared/reference/audiences.ts). */
  readonly audience: Audience;
  /** For handlers: which unit may act. */
  readonly holder: Holder;
}

const handling: readonly CaseStatus[] = ['accepted', 'contacted', 'reopened'];

/**
 * The state machine of the closed loop: for every action, the states it may start from and the
 * audience that may take it. Exhaustive by type: a new action without a rule does not compile.
 */
export const actionRules = {
  'case.dispatched': { from: ['registered'], audience: 'desk', holder: 'town' },
  'case.accepted': { from: ['dispatched', 'reopened'], audience: 'handler', holder: 'responsible' },
  'case.contacted': { from: handling, audience: 'handler', holder: 'responsible' },
  'case.noted': { from: 'open', audience: 'caseActors', holder: 'responsible_or_cohandler' },
  'case.replied': { from: ['accepted', 'contacted'], audience: 'handler', holder: 'responsible' },
  'case.special_closure_ruled': { from: ['accepted', 'contacted'], audience: 'supervisor', holder: 'town' },
  'case.conflict_ruled': { from: 'open', audience: 'supervisor', holder: 'town' },
  'case.return_requested': { from: ['dispatched', 'accepted', 'contacted'], audience: 'handler', holder: 'responsible' },
  'case.return_ruled': { from: ['return_requested'], audience: 'supervisor', holder: 'town' },
  'case.extension_requested': { from: ['dispatched', ...handling], audience: 'handler', holder: 'responsible' },
  'case.extension_ruled': { from: ['extension_requested'], audience: 'supervisor', holder: 'town' },
  // From dispatch on: the town whistles with the case it files, the unit may before it signs for it.
  'case.whistled': { from: ['dispatched', ...handling], audience: 'whistlers', holder: 'responsible' },
  'case.reported': { from: 'open', audience: 'handler', holder: 'whistled' },
  'case.callback_failed': { from: ['replied'], audience: 'callbackCallers', holder: 'town' },
  'case.evaluated': { from: ['replied'], audience: 'callbackCallers', holder: 'town' },
  // From closed only within REOPEN_AFTER_CLOSE_DAYS: the core checks the time, the UI hides the key after it.
  'case.reopened': { from: ['callback_done', 'closed'], audience: 'supervisor', holder: 'town' },
  'case.closed': { from: ['replied', 'callback_done'], audience: 'callbackCallers', holder: 'town' },
  'case.merged': {
    from: ['registered', 'dispatched', 'accepted', 'contacted', 'reopened'],
    audience: 'desk',
    holder: 'town',
  },
  'case.supervised': { from: 'open', audience: 'supervisor', holder: 'town' },
  'case.flagged': { from: 'open', audience: 'flagSetters', holder: 'town' },
  'case.answered': { from: ['registered'], audience: 'desk', holder: 'town' },
  'case.linked': { from: ['registered'], audience: 'desk', holder: 'town' },
  'case.repeat_call': { from: 'open', audience: 'desk', holder: 'town' },
  'case.transferred': { from: ['registered'], audience: 'desk', holder: 'town' },
  'case.emergency_dismissed': { from: ['registered'], audience: 'desk', holder: 'town' },
  // Deductions count on closed cases too: the unit that holds the case appeals, a supervisor rules.
  'case.appealed': { from: 'any', audience: 'handler', holder: 'responsible' },
  'case.appeal_ruled': { from: 'any', audience: 'supervisor', holder: 'town' },
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

/** An action with its payload, type and payload agreeing: what `checkCaseAction` judges (an event is one). */
export type ProposedAction = { [A in CaseAction]: { readonly type: A; readonly payload: CaseEventOf<A>['payload'] } }[CaseAction];

/**
 * Whether `actor` may take the action on the case now, and if not, the code that says why. Pure:
 * the core calls it before writing, the UI to decide which actions to offer. Rules needing the
 * store or the calendar (the return window, that a unit exists) are the core's.
 */
export function checkCaseAction(record: CaseRecord, proposed: ProposedAction, actor: Actor): Refusal | null {
  const action = proposed.type;
  const rule: Rule = actionRules[action];
  if (!isIn(actor.role, rule.audience) || !holds(record, actor, rule.holder)) return { code: 'forbidden' };
  if (!startsFrom(rule, record.status)) return { code: 'invalid_transition', params: { status: record.status, action } };
  return checkPayload(record, proposed);
}

/** Actions that would start a second request while one waits for the supervisor. */
const requestActions: readonly CaseAction[] = ['case.replied', 'case.return_requested', 'case.extension_requested'];

function checkPayload(record: CaseRecord, proposed: ProposedAction): Refusal | null {
  const action = proposed.type;
  if (record.pending && requestActions.includes(action)) {
    return { code: 'invalid_transition', params: { status: `pending_${record.pending.type}`, action } };
  }
  switch (proposed.type) {
    case 'case.replied': {
      const p = proposed.payload;
      return specialClosureCodes.includes(p.closureCode) && p.justification.trim().length < 10 ? { code: 'justification_required' } : null;
    }
    case 'case.conflict_ruled': {
      if (!hasOpenConflict(record)) return { code: 'invalid_transition', params: { status: record.status, action } };
      const keep = proposed.payload.keepUnitId;
      return record.dispatches.some((d) => d.unitId === keep) ? null : { code: 'unknown_reference', params: { field: 'keepUnitId', value: keep } };
    }
    case 'case.special_closure_ruled':
      return record.pending?.type === 'special_closure' ? null : { code: 'invalid_transition', params: { status: record.status, action } };
    case 'case.extension_requested': {
      const left = EXTENSION_CAP_WORKING_DAYS - record.extensionDaysGranted;
      return proposed.payload.workingDays > left ? { code: 'extension_limit', params: { left } } : null;
    }
    case 'case.return_ruled': {
      const p = proposed.payload;
      if (!p.approved) return null;
      // Sending it back to the unit that returned it is no ruling on the return.
      return p.redispatchToUnitId === null || p.redispatchToUnitId === record.responsibleUnitId ? { code: 'redispatch_required' } : null;
    }
    case 'case.closed':
      if (record.status === 'replied' && record.callbackFailures.length < MAX_CALLBACK_ATTEMPTS) {
        return { code: 'callback_attempts_remaining', params: { left: MAX_CALLBACK_ATTEMPTS - record.callbackFailures.length } };
      }
      return null;
    case 'case.evaluated': {
      const p = proposed.payload;
      return (p.resolved && p.satisfaction !== 'dissatisfied') || p.cause !== null ? null : { code: 'cause_required' };
    }
    case 'case.appealed': {
      const deductionId = proposed.payload.deductionId;
      if (!deductionOnCase(deductionId, record.id)) return { code: 'not_found', params: { what: deductionId } };
      return openAppealOf(record, deductionId) ? { code: 'invalid_transition', params: { status: 'pending_appeal', action } } : null;
    }
    case 'case.appeal_ruled': {
      // Nothing waits for a ruling: like a request that was never made, a matter of the case's state.
      if (!hasOpenAppeal(record)) return { code: 'invalid_transition', params: { status: record.status, action } };
      const appeal = appealOn(record, proposed.payload.appealId);
      if (!appeal) return { code: 'not_found', params: { what: proposed.payload.appealId } };
      return appeal.ruling ? { code: 'invalid_transition', params: { status: 'appeal_ruled', action } } : null;
    }
    case 'case.merged':
      return proposed.payload.intoCaseId === record.id ? { code: 'invalid_transition', params: { status: record.status, action } } : null;
    default:
      return null;
  }
}

/** Two seats dispatched the case to different units and no supervisor has ruled yet. */
function hasOpenConflict(record: CaseRecord): boolean {
  return record.dispatches.some((d) => d.conflicting && !d.ruled);
}

function hasOpenAppeal(record: CaseRecord): boolean {
  return record.appeals?.some((a) => a.ruling === null) ?? false;
}

/** The actions `actor` could take now (payload rules aside): what the UI offers. */
export function availableActions(record: CaseRecord, actor: Actor): CaseAction[] {
  return (Object.keys(actionRules) as CaseAction[]).filter((action) => {
    const rule: Rule = actionRules[action];
    if (!isIn(actor.role, rule.audience) || !holds(record, actor, rule.holder)) return false;
    if (action === 'case.special_closure_ruled' && record.pending?.type !== 'special_closure') return false;
    if (action === 'case.conflict_ruled' && !hasOpenConflict(record)) return false;
    if (action === 'case.appeal_ruled' && !hasOpenAppeal(record)) return false;
    return startsFrom(rule, record.status);
  });
}

/** Every action the role may take on some case, in some state: what `availableActions` can ever offer it. */
export function roleActions(role: Role): CaseAction[] {
  return (Object.keys(actionRules) as CaseAction[]).filter((action) => isIn(role, actionRules[action].audience));
}

function startsFrom(rule: Rule, status: CaseStatus): boolean {
  if (rule.from === 'any') return true;
  return rule.from === 'open' ? !finalStatuses.includes(status) : rule.from.includes(status);
}
