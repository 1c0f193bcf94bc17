import { workingDays, type SlaLimit } from './limit';

/** 退单: a unit may ask to return a case within this long after dispatch. */
export const returnRequestWindow = workingDays(2);

/** The supervisor rules on a return request within this long. */
export const returnRulingLimit = workingDays(1);

/** 延期: all approved extensions of one case together add at most this many working days. */
export const extensionCapWorkingDays = 10;

/** 回访: the hotline calls the citizen back within this long after the reply. */
export const callbackLimit = workingDays(1);

/**
 * 重办: a case reopened for a unit-side (主观) failure gets half its original reply limit,
 * rounded up so that it never drops to zero: 15 working days → 8, 1 → 1, 2 h → 1 h, 15 min → 8 min.
 */
export function reworkLimit(originalReply: SlaLimit): SlaLimit {
  return { unit: originalReply.unit, amount: Math.ceil(originalReply.amount / 2) };
}
