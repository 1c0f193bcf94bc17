import { z } from 'zod';

/** 办结 closure codes; the last two go against the four presumptions and need a supervisor. */
export const closureCodes = ['solved', 'explained', 'unreasonable', 'unsolvable'] as const;
export const ClosureCode = z.enum(closureCodes);
export type ClosureCode = z.infer<typeof ClosureCode>;
export const specialClosureCodes: readonly ClosureCode[] = ['unreasonable', 'unsolvable'];

/** 退单 reasons: 属地不符, 权属不清, 职能交叉, other. */
export const returnReasons = ['not_our_area', 'unclear_ownership', 'overlapping_remits', 'other'] as const;
export const ReturnReason = z.enum(returnReasons);
export type ReturnReason = z.infer<typeof ReturnReason>;

export const contactMethods = ['phone', 'visit', 'sms', 'other'] as const;
export const ContactMethod = z.enum(contactMethods);
export type ContactMethod = z.infer<typeof ContactMethod>;

/** 满意 / 基本满意 / 不满意. */
export const satisfactions = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export const Satisfaction = z.enum(satisfactions);
export type Satisfaction = z.infer<typeof Satisfaction>;

/** Why a citizen is dissatisfied: the unit's own doing (主观) or the limits of policy (客观). */
export const dissatisfactionCauses = ['unit_side', 'policy_limited'] as const;
export const DissatisfactionCause = z.enum(dissatisfactionCauses);
export type DissatisfactionCause = z.infer<typeof DissatisfactionCause>;

export const callbackOutcomes = ['no_answer', 'refused', 'wrong_number'] as const;
export const FailedCallback = z.enum(callbackOutcomes);
export type FailedCallback = z.infer<typeof FailedCallback>;

/** Callback attempts after which a case may close without an evaluation (事事有回音 still recorded). */
export const MAX_CALLBACK_ATTEMPTS = 3;

export const closeReasons = ['evaluated', 'callback_failed', 'supervisor', 'main_case_closed'] as const;
export const CloseReason = z.enum(closeReasons);
export type CloseReason = z.infer<typeof CloseReason>;

/**
 * Marks the desk sets on a case by hand: 群体性 (a group of citizens with one problem) and 历史遗留
 * (a long-standing matter). Set where the desk knows it, not derived, so the case shows it from the start.
 */
export const caseFlags = ['group', 'legacy'] as const;
export const CaseFlag = z.enum(caseFlags);
export type CaseFlag = z.infer<typeof CaseFlag>;

export const cardColours = ['yellow', 'red'] as const;
export const CardColour = z.enum(cardColours);
export type CardColour = z.infer<typeof CardColour>;
