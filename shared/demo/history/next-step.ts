import type { CaseActInput } from '../../api/methods/loop';
import { demoReply } from './replies';
import type { CaseRecord } from '../../case/record';
import { pick, type Rng } from '../random';
import { between, inWorkingHours, profileOf, unitProfiles } from './profiles';

/** What the town decided about a case when it came in: which detours its story takes. */
export interface CasePlan {
  readonly dispatchLater: boolean;
  readonly returnFirst: boolean;
  readonly extension: boolean;
  readonly whistle: boolean;
  /** The callback reaches no one three times, and the case closes on that. */
  readonly unreachable: boolean;
  /** When dissatisfied, the citizen blames policy (客观), which the supervisor rules on. */
  readonly policyLimited: boolean;
  /** Decides each evaluation: below the unit's dissatisfied share means unresolved. */
  readonly mood: Rng;
  /** The story pauses here, waiting for someone now (a request for the supervisor, a callback due); after its return, if it takes one. */
  readonly stopAt?: CaseRecord['status'];
  /** How the supervisor rules a return; drawn when absent. */
  readonly returnApproved?: boolean;
  /** A story steered to wait at a desk today goes at a brisk pace, whatever its unit's profile, so it gets there in time. */
  readonly brisk?: boolean;
}

/** `today`: filed in the last day, whose detours are still open now — more of them, so the inbox has requests waiting. */
export function planCase(rng: Rng, today = false): CasePlan {
  const draw = rng();
  const detour = today ? 0.2 : 0.05;
  return {
    dispatchLater: rng() < (today ? 0.3 : 0.12),
    returnFirst: draw < detour,
    extension: draw >= detour && draw < 2 * detour,
    whistle: draw >= 2 * detour && draw < 2 * detour + 0.06,
    unreachable: rng() < 0.03,
    policyLimited: rng() < 0.3,
    mood: rng,
  };
}

/** Who takes a step: the seat's roles, or the handler of the unit a step names. */
export type StepActor = 'operator' | 'dispatcher' | 'supervisor' | { readonly unitId: string };

export type HistoryStep =
  | { readonly at: number; readonly actor: StepActor; readonly dispatchTo: string }
  | { readonly at: number; readonly actor: StepActor; readonly act: CaseActInput };

const minute = 60_000;
const reasons = ['需协调物业和业委会共同处理', '涉及多个部门，需要现场会商', '施工队排期，需要更多时间'];

/**
 * A working day read as one calendar day: a limit of N working days never ends sooner than N×24 h
 * after its start, so a pace inside this one is inside the true limit.
 */
export const WORKING_DAY_MINUTES = 24 * 60;

/** A case's limits in minutes (working days as `WORKING_DAY_MINUTES`): enough to pace a story. */
export interface PaceLimits {
  readonly accept: number;
  readonly firstContact: number;
  readonly reply: number;
}

/**
 * The next thing that happens to a case in the demo town's history, from its record and plan,
 * at a time after `now` (the step before); null once its story is over. Every step is a real
 * action, taken through the same path a seat's keys take.
 */
export function nextStep(
  c: CaseRecord,
  plan: CasePlan,
  now: number,
  rng: Rng,
  limits: PaceLimits,
  redispatchTo: (c: CaseRecord) => string,
): HistoryStep | null {
  const unit = c.responsibleUnitId;
  const profile = plan.brisk ? unitProfiles.brisk : profileOf(unit ?? '');
  /** Minutes after the step before. */
  const after = (range: readonly [number, number], daytime = true) => {
    const at = now + between(rng, range) * minute;
    return daytime ? inWorkingHours(at, rng) : at;
  };
  const start = Date.parse((c.reopenCount > 0 ? c.reopenedAt : c.clockStartedAt) ?? c.registeredAt);
  /** A share of a limit from the clock's start, and never before the step before. */
  const paced = (range: readonly [number, number], limit: number) =>
    inWorkingHours(Math.max(now + (1 + rng() * 9) * minute, start + between(rng, range) * limit * minute), rng);
  const replyLimit = (c.reopenCount > 0 ? limits.reply / 2 : limits.reply) + c.extensionDaysGranted * WORKING_DAY_MINUTES;
  const handler = unit ? { unitId: unit } : 'supervisor';
  const act = (at: number, actor: StepActor, input: CaseActInput): HistoryStep => ({ at, actor, act: input });
  const id = c.id;
  const returnAhead = plan.returnFirst && !c.rulings.some((r) => r.type === 'return') && c.status === 'dispatched';
  if (plan.stopAt === c.status && !returnAhead) return null;
  switch (c.status) {
    case 'registered':
      // Filing decides the first dispatch (playDemoHistory): routing is the store's to read.
      return null;
    case 'dispatched':
    case 'reopened': {
      // A unit that finds the case is not its own asks to return it before signing for it.
      if (plan.returnFirst && !c.rulings.some((r) => r.type === 'return') && c.reopenCount === 0) {
        const reason = pick(rng, ['not_our_area', 'unclear_ownership', 'overlapping_remits'] as const);
        return act(after([20, 180]), handler, { caseId: id, action: 'case.return_requested', payload: { reason, note: '经核实不属于本单位职责范围' } });
      }
      return act(paced(profile.accept, limits.accept), handler, { caseId: id, action: 'case.accepted', payload: {} });
    }
    case 'accepted': {
      if (plan.extension && !c.rulings.some((r) => r.type === 'extension') && c.reopenCount === 0) {
        return act(after([60, 8 * 60]), handler, { caseId: id, action: 'case.extension_requested', payload: { workingDays: pick(rng, [3, 5, 5, 10]), reason: pick(rng, reasons) } });
      }
      if (profile.hasty) return reply(act, after([5, 30], false), handler, c, rng, true);
      const at = paced(profile.contact, limits.firstContact);
      return act(at, handler, { caseId: id, action: 'case.contacted', payload: { contactedAt: new Date(at).toISOString(), method: pick(rng, ['phone', 'phone', 'visit'] as const), summary: '已与来电人电话沟通，了解具体情况' } });
    }
    case 'contacted': {
      const whistled = c.whistles.find((w) => w.reportedAt === null);
      if (whistled) return act(after([10, 50], false), { unitId: whistled.unitId }, { caseId: id, action: 'case.reported', payload: { note: '已到场配合' } });
      if (plan.whistle && c.whistles.length === 0 && unit) {
        const other = redispatchTo(c);
        if (other !== unit) return act(after([30, 240]), handler, { caseId: id, action: 'case.whistled', payload: { unitIds: [other], question: '请协助现场处置' } });
      }
      return reply(act, paced(profile.reply, replyLimit), handler, c, rng, profile.hasty);
    }
    case 'return_requested': {
      const drawn = rng() < 0.6;
      const approve = plan.returnApproved ?? drawn;
      return act(after([60, 6 * 60]), 'supervisor', {
        caseId: id,
        action: 'case.return_ruled',
        payload: { approved: approve, note: approve ? '同意改派' : '属本单位职责，请继续办理', redispatchToUnitId: approve ? redispatchTo(c) : null },
      });
    }
    case 'extension_requested':
      return act(after([60, 5 * 60]), 'supervisor', { caseId: id, action: 'case.extension_ruled', payload: { approved: rng() < 0.85, note: '' } });
    case 'replied': {
      if (plan.unreachable) {
        const at = after([2 * 60, 8 * 60]);
        if (c.callbackFailures.length >= 3) return act(at, 'operator', { caseId: id, action: 'case.closed', payload: { note: '三次回访未接通' } });
        return act(at, 'operator', { caseId: id, action: 'case.callback_failed', payload: { outcome: 'no_answer', note: '' } });
      }
      const unhappy = c.reopenCount === 0 && plan.mood() < profile.dissatisfied;
      return act(after([2 * 60, 20 * 60]), 'operator', {
        caseId: id,
        action: 'case.evaluated',
        payload: unhappy
          ? { resolved: false, satisfaction: 'dissatisfied', cause: plan.policyLimited ? 'policy_limited' : 'unit_side', note: '来电人表示问题没有解决' }
          : { resolved: true, satisfaction: plan.mood() < 0.75 ? 'satisfied' : 'basically_satisfied', cause: null, note: '' },
      });
    }
    case 'callback_done':
      return act(after([2 * 60, 24 * 60]), 'supervisor', { caseId: id, action: 'case.closed', payload: { note: '受政策限制，已做好解释工作' } });
    default:
      return null;
  }
}

function reply(
  act: (at: number, actor: StepActor, input: CaseActInput) => HistoryStep,
  at: number,
  actor: StepActor,
  c: CaseRecord,
  rng: Rng,
  copies: boolean,
): HistoryStep {
  return act(at, actor, { caseId: c.id, action: 'case.replied', payload: { ...demoReply(c, rng, copies), closureCode: 'solved', justification: '' } });
}
