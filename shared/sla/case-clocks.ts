import { finalStatuses } from '../case/fold';
import type { CaseRecord } from '../case/record';
import type { WorkingCalendar } from './calendar';
import { slaDeadline } from './deadline';
import type { SlaLimit } from './limit';
import { slaLimits, type SlaPolicy } from './policy';
import { callbackLimit, returnRulingLimit, reworkLimit } from './procedure-limits';
import { indexedWorkingDaysDeadline } from './working-day-index';

/** Every clock a case can run (DESIGN.md §4): the hotline's dispatch, the unit's three, the rework, rulings, whistles, callback. */
export const clockKinds = [
  'dispatch',
  'accept',
  'firstContact',
  'reply',
  'rework',
  'returnRuling',
  'extensionRuling',
  'closureRuling',
  'whistle',
  'callback',
] as const;
export type ClockKind = (typeof clockKinds)[number];

/** One clock of one case, as stored with the case: its deadline is computed once, here. */
export interface CaseClock {
  /** The kind, or for a whistle 'whistle:<unit id>'; with `startedAt` it names the clock within its case. */
  readonly clock: string;
  readonly kind: ClockKind;
  /** The unit the time is charged to (the custody holder); null: the hotline itself (rulings, callback). */
  readonly unitId: string | null;
  readonly startedAt: string;
  readonly startedAtMs: number;
  /** The deadline in ms since the epoch: kept as a number so 20,000 cases' clocks need no date strings. */
  readonly deadlineMs: number;
  /** When it stopped: the awaited action, or the case leaving the loop; null while it runs. */
  readonly endedAt: string | null;
}

const rulingKinds = { return: 'returnRuling', extension: 'extensionRuling', special_closure: 'closureRuling' } as const;

/** A limit's deadline in ms; working days through the index, as `slaDeadline` counts them. */
function deadlineMs(startMs: number, limit: SlaLimit, calendar: WorkingCalendar): number {
  if (limit.unit === 'minutes') return startMs + limit.amount * 60_000;
  return indexedWorkingDaysDeadline(startMs, limit.amount, calendar) ?? slaDeadline(new Date(startMs), limit, calendar).getTime();
}

/** Extensions add working days after the limit's own deadline, ending at 24:00 as working days do. */
function extendedMs(deadline: number, days: number, calendar: WorkingCalendar): number {
  if (days === 0) return deadline;
  // The day the deadline falls in is the one whose 24:00 it is, hence the millisecond before.
  return deadlineMs(deadline - 1, { unit: 'workingDays', amount: days }, calendar);
}

function notBefore(at: string | null | undefined, start: string): string | null {
  if (at === null || at === undefined) return null;
  return at < start ? start : at;
}

function extensionDaysSince(c: CaseRecord, from: string): number {
  let days = 0;
  for (const r of c.rulings) if (r.type === 'extension' && r.approved && r.ruledAt >= from) days += r.workingDays ?? 0;
  return days;
}

interface ClockSpec {
  readonly kind: ClockKind;
  readonly unitId: string | null;
  readonly startedAt: string;
  /** `startedAt` parsed, once per distinct start: parsing was a third of a whole board's clock time. */
  readonly startedAtMs: number;
  readonly limit: SlaLimit;
  readonly endedAt: string | null;
  readonly extraDays?: number;
  readonly clock?: string;
}

function clockOf(spec: ClockSpec, stoppedAt: string | null, calendar: WorkingCalendar): CaseClock {
  const { startedAtMs } = spec;
  const due = extendedMs(deadlineMs(startedAtMs, spec.limit, calendar), spec.extraDays ?? 0, calendar);
  return {
    clock: spec.clock ?? spec.kind,
    kind: spec.kind,
    unitId: spec.unitId,
    startedAt: spec.startedAt,
    startedAtMs,
    deadlineMs: due,
    endedAt: spec.endedAt ?? stoppedAt,
  };
}

/** The clock as stored and sent: the deadline as an ISO instant. */
export function withIsoDeadline(clock: CaseClock): Omit<CaseClock, 'deadlineMs' | 'startedAtMs'> & { readonly deadline: string } {
  const { deadlineMs: due, startedAtMs: _start, ...rest } = clock;
  return { ...rest, deadline: new Date(due).toISOString() };
}

const loopOver: ReadonlySet<string> = new Set(finalStatuses);
const awaitingCallback: ReadonlySet<string> = new Set(['replied', 'callback_done', 'closed']);

/**
 * Every clock of a case from its record, the policy version pinned on it and the working
 * calendar. Pure: the same record always gives the same deadlines, whatever the time now.
 * A whistled unit reports within the case's accept limit: being called in is signing for it.
 */
export function caseClocks(c: CaseRecord, policy: SlaPolicy, calendar: WorkingCalendar): CaseClock[] {
  const stoppedAt = loopOver.has(c.status) ? (c.closedAt ?? c.updatedAt) : null;
  const waiting = dispatchClock(c, policy);
  const start = c.clockStartedAt;
  if (start === null) return waiting ? [clockOf(waiting, stoppedAt, calendar)] : [];
  const startMs = Date.parse(start);
  const limits = slaLimits(policy, c.kind, c.urgency);
  const holder = c.custody.at(-1)?.unitId ?? c.responsibleUnitId;
  const specs: ClockSpec[] = waiting ? [waiting] : [];
  if (c.reopenCount === 0) {
    specs.push(
      { kind: 'accept', unitId: holder, startedAt: start, startedAtMs: startMs, limit: limits.accept, endedAt: notBefore(c.acceptedAt, start) },
      {
        kind: 'firstContact',
        unitId: holder,
        startedAt: start,
        startedAtMs: startMs,
        limit: limits.firstContact,
        endedAt: notBefore(c.contact?.at, start),
      },
      {
        kind: 'reply',
        unitId: holder,
        startedAt: start,
        startedAtMs: startMs,
        limit: limits.reply,
        endedAt: notBefore(c.reply?.at, start),
        extraDays: extensionDaysSince(c, start),
      },
    );
  } else if (c.reopenedAt !== null) {
    const reopened = c.reopenedAt;
    specs.push({
      kind: 'rework',
      unitId: holder,
      startedAt: reopened,
      startedAtMs: Date.parse(reopened),
      limit: reworkLimit(limits.reply),
      endedAt: notBefore(c.reply?.at, reopened),
      extraDays: extensionDaysSince(c, reopened),
    });
  }
  for (const r of c.rulings) {
    specs.push({
      kind: rulingKinds[r.type],
      unitId: null,
      startedAt: r.requestedAt,
      startedAtMs: Date.parse(r.requestedAt),
      limit: returnRulingLimit,
      endedAt: r.ruledAt,
    });
  }
  if (c.pending) {
    const { type, requestedAt } = c.pending;
    specs.push({ kind: rulingKinds[type], unitId: null, startedAt: requestedAt, startedAtMs: Date.parse(requestedAt), limit: returnRulingLimit, endedAt: null });
  }
  for (const w of c.whistles) {
    specs.push({
      kind: 'whistle',
      clock: `whistle:${w.unitId}`,
      unitId: w.unitId,
      startedAt: w.at,
      startedAtMs: Date.parse(w.at),
      limit: limits.accept,
      endedAt: w.reportedAt,
    });
  }
  if (c.reply && c.pending?.type !== 'special_closure' && awaitingCallback.has(c.status)) {
    const { at } = c.reply;
    specs.push({ kind: 'callback', unitId: null, startedAt: at, startedAtMs: Date.parse(at), limit: callbackLimit, endedAt: notBefore(c.evaluation?.at, at) });
  }
  return specs.map((spec) => clockOf(spec, stoppedAt, calendar));
}

/**
 * 派单: the hotline's own clock from registration to the first dispatch, charged to no unit. A
 * case that left the loop undispatched (answered at intake, a repeat call, a transfer) never
 * waited for a unit, so it has none.
 */
function dispatchClock(c: CaseRecord, policy: SlaPolicy): ClockSpec | null {
  const first = c.dispatches[0];
  if (!first && loopOver.has(c.status)) return null;
  return {
    kind: 'dispatch',
    unitId: null,
    startedAt: c.registeredAt,
    startedAtMs: Date.parse(c.registeredAt),
    limit: policy.dispatch[c.urgency],
    endedAt: notBefore(first?.at, c.registeredAt),
  };
}

/** The kind a stored clock name stands for ('whistle:unit.lvdi' → 'whistle'). */
export function kindOfClock(clock: string): ClockKind {
  const kind = clock.split(':')[0];
  return clockKinds.find((k) => k === kind) ?? 'reply';
}
