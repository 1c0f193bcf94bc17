import type { CaseView } from '../../../shared/api/contract';
import { caseStatuses } from '../../../shared/case/vocabulary';

/**
 * How a unit's queue can be ordered. The first is the default; an order by time left on the SLA
 * clocks belongs here too, as one more comparator.
 */
export const queueOrders = {
  sinceDispatch: (a: CaseView, b: CaseView) => (a.clockStartedAt ?? '').localeCompare(b.clockStartedAt ?? ''),
  registered: (a: CaseView, b: CaseView) => a.registeredAt.localeCompare(b.registeredAt),
  status: (a: CaseView, b: CaseView) => caseStatuses.indexOf(a.status) - caseStatuses.indexOf(b.status),
} as const satisfies Record<string, (a: CaseView, b: CaseView) => number>;

export type QueueOrder = keyof typeof queueOrders;
export const queueOrderNames = Object.keys(queueOrders) as QueueOrder[];
