import { parseHlc } from '../sync/hlc';
import { isoTime } from '../util/iso-time';
import type { CaseEvent, CaseEventOf } from './events';
import type { CaseRecord } from './record';
import { emptyCaseFields } from './stored-record';

/** The steps of the fold that several event types share, and the case a registration starts. */

export function eventTime(e: CaseEvent): string {
  return isoTime(parseHlc(e.hlc).wallMs);
}

export function startCase(e: CaseEventOf<'case.registered'>): CaseRecord {
  const p = e.payload;
  return {
    id: e.caseId,
    number: p.number,
    seatId: e.seatId,
    status: 'registered',
    kind: p.kind,
    urgency: p.urgency,
    categoryId: p.categoryId,
    committeeId: p.committeeId,
    caller: p.caller,
    address: p.address,
    description: p.description,
    registeredAt: p.registeredAt,
    registeredBy: e.actorId,
    filedOffline: p.filedOffline,
    ...(p.channel === undefined ? {} : { channel: p.channel }),
    ...emptyCaseFields(),
    updatedAt: eventTime(e),
    lastHlc: e.hlc,
    eventCount: 1,
  };
}

/** Ends the current holder's stretch in the responsibility ledger and, if given, opens the next. */
export function handOver(custody: CaseRecord['custody'], at: string, nextUnitId: string | null): CaseRecord['custody'] {
  const closed = custody.map((s) => (s.to === null ? { ...s, to: at } : s));
  return nextUnitId ? [...closed, { unitId: nextUnitId, from: at, to: null }] : closed;
}

/** 重办: back to the same unit, which must accept again; the reply and its evaluation stay in history. */
export function reopen(s: CaseRecord, at: string): CaseRecord {
  return {
    ...s,
    status: 'reopened',
    reopenCount: s.reopenCount + 1,
    reopenedAt: at,
    // A closed case the citizen called back about is open again: its closing stays in history.
    closedAt: null,
    closeReason: null,
    acceptedAt: null,
    reply: null,
    callbackFailures: [],
  };
}

export function ruled(s: CaseRecord, approved: boolean, note: string, at: string, by: string) {
  const p = s.pending;
  return {
    type: p?.type ?? 'return',
    unitId: p?.unitId ?? '',
    approved,
    note,
    requestedAt: p?.requestedAt ?? at,
    ruledAt: at,
    by,
    reason: p?.type === 'return' ? p.reason : null,
    redispatchToUnitId: null,
    workingDays: p?.type === 'extension' ? p.workingDays : null,
  } as const;
}
