import type { CaseKind } from '../case/vocabulary';
import { defaultDispatchLimits } from './dispatch-limits';
import { hours, minutes, workingDays, type SlaLimit } from './limit';
import type { SlaLimits, SlaPolicy } from './policy';

function everyKind(limit: SlaLimit): Record<CaseKind, SlaLimit> {
  return { complaint: limit, help: limit, inquiry: limit, suggestion: limit, report: limit, praise: limit };
}

function urgencyRow(accept: SlaLimit, firstContact: SlaLimit, reply: Record<CaseKind, SlaLimit>): Record<CaseKind, SlaLimits> {
  const limits = (kind: CaseKind): SlaLimits => ({ accept, firstContact, reply: reply[kind] });
  return {
    complaint: limits('complaint'),
    help: limits('help'),
    inquiry: limits('inquiry'),
    suggestion: limits('suggestion'),
    report: limits('report'),
    praise: limits('praise'),
  };
}

/** DESIGN.md §4's table: the policy a new installation starts with, in force for every case. */
export const defaultSlaPolicy: SlaPolicy = {
  version: 1,
  effectiveFrom: '2000-01-01T00:00:00Z',
  rules: {
    urgent: urgencyRow(minutes(15), hours(1), everyKind(hours(2))),
    high: urgencyRow(minutes(30), hours(2), everyKind(hours(24))),
    // Normal cases are answered by kind, as Shanghai's town rules do (1 / 5 / 15 working days).
    normal: urgencyRow(workingDays(1), workingDays(1), {
      inquiry: workingDays(1),
      help: workingDays(5),
      suggestion: workingDays(5),
      complaint: workingDays(15),
      report: workingDays(15),
      // Praise and thanks only need acknowledging.
      praise: workingDays(1),
    }),
  },
  dispatch: { ...defaultDispatchLimits },
};
