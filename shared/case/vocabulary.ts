import { z } from 'zod';

/** 诉求类型 — the kinds a caller's request can be, in DESIGN.md §2 order. */
export const caseKinds = ['complaint', 'help', 'inquiry', 'suggestion', 'report', 'praise'] as const;
export const CaseKind = z.enum(caseKinds);
export type CaseKind = z.infer<typeof CaseKind>;

/** 紧急程度: urgent 特急, high 紧急, normal 一般. */
export const urgencies = ['urgent', 'high', 'normal'] as const;
export const Urgency = z.enum(urgencies);
export type Urgency = z.infer<typeof Urgency>;

/** Case states of the closed loop (DESIGN.md §3); later issues add transitions, not names. */
export const caseStatuses = [
  'draft',
  'registered',
  'dispatched',
  'accepted',
  'contacted',
  'return_requested',
  'extension_requested',
  'replied',
  'callback_done',
  'reopened',
  'answered',
  'transferred',
  'closed',
  'merged',
] as const;
export const CaseStatus = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatus>;

/**
 * Replied, the case waits on the hotline (the callback, then the supervisor's close): no longer its
 * unit's work unless it comes back reopened.
 */
export const withHotlineStatuses = ['replied', 'callback_done'] as const satisfies readonly CaseStatus[];
