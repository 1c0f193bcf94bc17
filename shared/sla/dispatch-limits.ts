import type { Urgency } from '../case/vocabulary';
import { hours, minutes, type SlaLimit } from './limit';

/**
 * 派单时限: how long a saved case may wait for its first dispatch, around the clock (the hotline
 * works 24×7). DESIGN.md §4's defaults; also the limits of policy versions saved before the
 * dispatch limit existed, so those cases get a clock too.
 */
export const defaultDispatchLimits: Readonly<Record<Urgency, SlaLimit>> = {
  urgent: minutes(5),
  high: minutes(15),
  normal: hours(2),
};
