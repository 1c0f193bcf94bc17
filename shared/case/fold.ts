import { parseHlc } from '../sync/hlc';
import { assertNever } from '../util/assert-never';
import type { CaseEvent } from './events';
import type { CaseRecord } from './record';

/** Canonical order of a case's events: by (HLC, id), each id once, whatever order they arrived in. */
export function orderEvents(events: readonly CaseEvent[]): CaseEvent[] {
  const byId = new Map<string, CaseEvent>();
  for (const e of events) {
    const seen = byId.get(e.id);
    // Two different bodies under one id (a forged or corrupted copy): keep the same one everywhere.
    if (!seen || canonical(e) < canonical(seen)) byId.set(e.id, e);
  }
  return [...byId.values()].sort((a, b) => compareKeys(a.hlc, b.hlc) || compareKeys(a.id, b.id));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonical(e: CaseEvent): string {
  return JSON.stringify([e.hlc, e.caseId, e.seatId, e.actorId, e.type, e.payload]);
}

export function eventTime(e: CaseEvent): string {
  return new Date(parseHlc(e.hlc).wallMs).toISOString();
}

/**
 * A case is a deterministic fold of its events; null until its registration is known. The
 * registration is applied first even if a skewed seat stamped a later action before it.
 */
export function foldCase(events: readonly CaseEvent[]): CaseRecord | null {
  const ordered = orderEvents(events);
  const registration = ordered.find((e) => e.type === 'case.registered');
  if (!registration || registration.type !== 'case.registered') return null;
  let state = startCase(registration);
  for (const e of ordered) if (e !== registration) state = applyCaseEvent(state, e);
  return state;
}

type Registration = Extract<CaseEvent, { type: 'case.registered' }>;

function startCase(e: Registration): CaseRecord {
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
    responsibleUnitId: null,
    dispatches: [],
    needsSupervisor: false,
    updatedAt: eventTime(e),
    lastHlc: e.hlc,
    eventCount: 1,
  };
}

export function applyCaseEvent(state: CaseRecord, e: CaseEvent): CaseRecord {
  const touched = {
    updatedAt: eventTime(e) > state.updatedAt ? eventTime(e) : state.updatedAt,
    lastHlc: e.hlc > state.lastHlc ? e.hlc : state.lastHlc,
    eventCount: state.eventCount + 1,
  };
  switch (e.type) {
    case 'case.registered':
      // A second registration of the same case id (a replayed import) changes nothing.
      return { ...state, ...touched };
    case 'case.dispatched': {
      const owner = state.responsibleUnitId;
      const conflicting = owner !== null && owner !== e.payload.unitId;
      const dispatch = {
        eventId: e.id,
        unitId: e.payload.unitId,
        at: eventTime(e),
        by: e.actorId,
        note: e.payload.note,
        conflicting,
      };
      return {
        ...state,
        ...touched,
        status: owner === null ? 'dispatched' : state.status,
        responsibleUnitId: owner ?? e.payload.unitId,
        dispatches: [...state.dispatches, dispatch],
        needsSupervisor: state.needsSupervisor || conflicting,
      };
    }
    case 'case.answered':
      return {
        ...state,
        ...touched,
        status: 'answered',
        answer: { knowledgeId: e.payload.knowledgeId, text: e.payload.answer, at: eventTime(e), by: e.actorId },
      };
    case 'case.linked':
      return { ...state, ...touched, status: 'merged', mainCase: { id: e.payload.mainCaseId, number: e.payload.mainNumber } };
    case 'case.repeat_call': {
      const calls = state.repeatCalls ?? [];
      // A re-delivered link changes nothing: each child is counted once.
      if (calls.some((c) => c.caseId === e.payload.childCaseId)) return { ...state, ...touched };
      const call = { caseId: e.payload.childCaseId, number: e.payload.childNumber, at: eventTime(e) };
      return { ...state, ...touched, repeatCalls: [...calls, call] };
    }
    default:
      return assertNever(e);
  }
}
