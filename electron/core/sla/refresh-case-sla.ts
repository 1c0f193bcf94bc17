import { finalStatuses } from '../../../shared/case/fold';
import type { CaseRecord } from '../../../shared/case/record';
import { caseClocks, withIsoDeadline } from '../../../shared/sla/case-clocks';
import { nearestClock, warningAt } from '../../../shared/sla/clock-view';
import type { WritableDB } from '../store/db';
import {
  endClockRow,
  pinnedPolicyVersion,
  runningClockKeys,
  saveCardRow,
  saveCaseSlaFacts,
  saveClockRow,
  type ClockRow,
} from '../store/case-sla';
import { policyFor, slaSettings } from './settings';

type IsoClock = ReturnType<typeof withIsoDeadline>;

function cardState(clock: IsoClock, cards: CaseRecord['cards']): Pick<ClockRow, 'cardLevel' | 'cardAt'> {
  const own = cards.filter((c) => c.clock === clock.clock && c.at >= clock.startedAt);
  const last = own.at(-1);
  return { cardLevel: own.some((c) => c.card === 'red') ? 2 : own.length > 0 ? 1 : 0, cardAt: last?.at ?? null };
}

function redAfter(clock: IsoClock): string {
  const deadline = Date.parse(clock.deadline);
  return new Date(deadline + (deadline - Date.parse(clock.startedAt))).toISOString();
}

/**
 * Stores a case's deadlines, computed once from the policy version pinned on it (the one in
 * force at registration, kept from the first commit on) — called in the transaction that
 * commits its events. A clock that ran before and no longer does (the case was returned,
 * reopened or answered otherwise) stops at the case's latest event; stopped clocks stay for
 * the on-time figures.
 */
export function refreshCaseSla(db: WritableDB, c: CaseRecord): void {
  const settings = slaSettings(db);
  const policy = policyFor(settings, pinnedPolicyVersion(db, c.id), c.registeredAt);
  const clocks = caseClocks(c, policy, settings.calendar).map(withIsoDeadline);
  for (const clock of clocks) {
    saveClockRow(db, { ...clock, caseId: c.id, warnAt: warningAt(clock), redAfter: redAfter(clock), ...cardState(clock, c.cards) });
  }
  const computed = new Set(clocks.map((k) => `${k.clock}\n${k.startedAt}`));
  for (const running of runningClockKeys(db, c.id)) {
    if (!computed.has(`${running.clock}\n${running.startedAt}`)) endClockRow(db, c.id, running.clock, running.startedAt, c.updatedAt);
  }
  for (const card of c.cards) {
    // Charged where the clock's time is (null: the hotline's own — rulings, callback, dispatch); a
    // supervisor's own card, which chases no clock, to the case's unit.
    const lapsed = clocks.findLast((k) => k.clock === card.clock && k.startedAt <= card.at);
    const unitId = lapsed ? lapsed.unitId : c.responsibleUnitId;
    saveCardRow(db, { caseId: c.id, clock: card.clock, at: card.at, card: card.card, unitId });
  }
  const next = nearestClock(clocks);
  saveCaseSlaFacts(db, {
    caseId: c.id,
    number: c.number,
    status: c.status,
    open: !finalStatuses.includes(c.status),
    kind: c.kind,
    urgency: c.urgency,
    categoryId: c.categoryId,
    committeeId: c.committeeId,
    unitId: c.responsibleUnitId,
    dispatchedBy: c.dispatches[0]?.by ?? null,
    registeredAt: c.registeredAt,
    policyVersion: policy.version,
    next: next ? { clock: next.clock, startedAt: next.startedAt, deadline: next.deadline, unitId: next.unitId } : null,
    flags: c.flags,
  });
}
