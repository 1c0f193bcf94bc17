import { z } from 'zod';
import { CaseKind, Urgency } from '../case/vocabulary';
import { defaultDispatchLimits } from './dispatch-limits';
import { SlaLimit } from './limit';

/** The three limits every case runs under: 签收 accept, 先行联系 first contact, 答复 reply. */
export const SlaLimits = z.object({
  accept: SlaLimit,
  firstContact: SlaLimit,
  reply: SlaLimit,
});
export type SlaLimits = z.infer<typeof SlaLimits>;

/**
 * An SLA policy version. Rules cover every (urgency, kind) pair — zod records over an enum are
 * exhaustive — so an admin's edit cannot leave a case without limits. A case keeps the version
 * in force when it was registered.
 */
export const SlaPolicy = z.object({
  version: z.number().int().positive(),
  /** ISO instant from which new cases use this version. */
  effectiveFrom: z.iso.datetime({ offset: true }),
  rules: z.record(Urgency, z.record(CaseKind, SlaLimits)),
  /** From registration to the first dispatch, by urgency; versions stored without it read as the defaults. */
  dispatch: z.record(Urgency, SlaLimit).default(() => ({ ...defaultDispatchLimits })),
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;

export function slaLimits(policy: SlaPolicy, kind: CaseKind, urgency: Urgency): SlaLimits {
  return policy.rules[urgency][kind];
}

/** The newest version already in force at `at`, or undefined when none has started yet. */
export function policyInForce(policies: readonly SlaPolicy[], at: Date): SlaPolicy | undefined {
  let found: SlaPolicy | undefined;
  for (const policy of policies) {
    if (Date.parse(policy.effectiveFrom) > at.getTime()) continue;
    if (!found || policy.version > found.version) found = policy;
  }
  return found;
}
