import type { Caller } from './fields';
import type { CaseKind, CaseStatus, Urgency } from './vocabulary';

export interface DispatchRecord {
  readonly eventId: string;
  readonly unitId: string;
  readonly at: string;
  readonly by: string;
  readonly note: string;
  /** A later dispatch to another unit while one already owns the case: kept, flagged for the supervisor. */
  readonly conflicting: boolean;
}

/** The projection of a case: what every replica derives from the same events. */
export interface CaseRecord {
  readonly id: string;
  readonly number: string;
  readonly seatId: string;
  readonly status: CaseStatus;
  readonly kind: CaseKind;
  readonly urgency: Urgency;
  readonly categoryId: string;
  readonly committeeId: string;
  readonly caller: Caller;
  readonly address: string;
  readonly description: string;
  readonly registeredAt: string;
  readonly registeredBy: string;
  readonly filedOffline: boolean;
  /** 首派负责制: set by the earliest dispatch (by HLC) and never silently changed. */
  readonly responsibleUnitId: string | null;
  readonly dispatches: readonly DispatchRecord[];
  readonly needsSupervisor: boolean;
  readonly updatedAt: string;
  readonly lastHlc: string;
  readonly eventCount: number;
}
