import { finalStatuses } from '../case/fold';
import type { CaseRecord } from '../case/record';
import type { WorkingCalendar } from './calendar';
import { shanghaiDay } from '../case/case-number';
import { addDays, shanghaiDayStart } from './day';
import { addWorkingDays, slaDeadline } from './deadline';
import type { SlaLimit } from './limit';
import { slaLimits, type SlaPolicy } from './policy';
import { callbackLimit, returnRulingLimit, reworkLimit } from './procedure-limits';

/** Every clock a case can run (DESIGN.md §4): the unit's three, the rework, rulings, whistles, callback. */
export const clockKinds = [
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
  readonly deadline: string;
  /** When it stopped: the awaited action, or the case leaving the loop; null while it runs. */
  readonly endedAt: string | null;
}

const rulingKinds = { return: 'returnRuling', extension: 'extensionRuling', special_closure: 'closureRuling' } as const;

/** Extensions add working days after the limit's own deadline, ending at 24:00 as working days do. */
function extended(deadline: Date, days: number, calendar: WorkingCalendar): Date {
  if (days === 0) return deadline;
  const lastDay = addWorkingDays(shanghaiDay(new Date(deadline.getTime() - 1)), days, calendar);
  return shanghaiDayStart(addDays(lastDay, 1));
}

function notBefore(at: string | null | undefined, start: string): string | null {
  if (at === null || at === undefined) return null;
  return at < start ? start : at;
}

/**
 * Every clock of a case from its record, the policy version pinned on it and the working
 * calendar. Pure: the same record always gives the same deadlines, whatever the time now.
 * A whistled unit reports within the case's accept limit: being called in is signing for it.
 */
export function caseClocks(c: CaseRecord, policy: SlaPolicy, calendar: WorkingCalendar): CaseClock[] {
  const start = c.clockStartedAt;
  if (start === null) return [];
  const limits = slaLimits(policy, c.kind, c.urgency);
  const holder = c.custody.at(-1)?.unitId ?? c.responsibleUnitId;
  const stoppedAt = finalStatuses.includes(c.status) ? (c.closedAt ?? c.updatedAt) : null;
  const extensionDaysSince = (from: string) =>
    c.rulings
      .filter((r) => r.type === 'extension' && r.approved && r.ruledAt >= from)
      .reduce((sum, r) => sum + (r.workingDays ?? 0), 0);
  const clocks: CaseClock[] = [];
  const add = (
    kind: ClockKind,
    unitId: string | null,
    startedAt: string,
    limit: SlaLimit,
    endedAt: string | null,
    extraDays = 0,
    clock: string = kind,
  ) => {
    const deadline = extended(slaDeadline(new Date(startedAt), limit, calendar), extraDays, calendar);
    clocks.push({ clock, kind, unitId, startedAt, deadline: deadline.toISOString(), endedAt: endedAt ?? stoppedAt });
  };

  if (c.reopenCount === 0) {
    add('accept', holder, start, limits.accept, notBefore(c.acceptedAt, start));
    add('firstContact', holder, start, limits.firstContact, notBefore(c.contact?.at, start));
    add('reply', holder, start, limits.reply, notBefore(c.reply?.at, start), extensionDaysSince(start));
  } else if (c.reopenedAt !== null) {
    const reopened = c.reopenedAt;
    add('rework', holder, reopened, reworkLimit(limits.reply), notBefore(c.reply?.at, reopened), extensionDaysSince(reopened));
  }
  for (const r of c.rulings) add(rulingKinds[r.type], null, r.requestedAt, returnRulingLimit, r.ruledAt);
  if (c.pending) add(rulingKinds[c.pending.type], null, c.pending.requestedAt, returnRulingLimit, null);
  for (const w of c.whistles) add('whistle', w.unitId, w.at, limits.accept, w.reportedAt, 0, `whistle:${w.unitId}`);
  const replied = c.reply !== null && c.pending?.type !== 'special_closure';
  if (c.reply && replied && ['replied', 'callback_done', 'closed'].includes(c.status)) {
    add('callback', null, c.reply.at, callbackLimit, notBefore(c.evaluation?.at, c.reply.at));
  }
  return clocks;
}

/** The kind a stored clock name stands for ('whistle:unit.lvdi' → 'whistle'). */
export function kindOfClock(clock: string): ClockKind {
  const kind = clock.split(':')[0];
  return clockKinds.find((k) => k === kind) ?? 'reply';
}
