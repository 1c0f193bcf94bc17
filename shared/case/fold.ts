import { assertNever } from '../util/assert-never';
import type { CaseEvent } from './events';
import { foldAppeal, foldAppealRuling } from './fold-appeals';
import { eventTime, handOver, reopen, ruled, startCase } from './fold-steps';
import { specialClosureCodes } from './loop-vocabulary';
import type { CaseRecord } from './record';
import type { CaseStatus } from './vocabulary';

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

export { eventTime } from './fold-steps';

/**
 * The shape of the fold's output. Raise it whenever the fold changes what it derives from the
 * same events: a store folded by an older version is then refolded from its events at start.
 */
export const FOLD_VERSION = 5;

/** States after which the case's own flow is over; only notes, cards and a merged child's closure still apply. */
export const finalStatuses: readonly CaseStatus[] = ['closed', 'answered', 'merged', 'transferred'];

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

export function applyCaseEvent(state: CaseRecord, e: CaseEvent): CaseRecord {
  const at = eventTime(e);
  const next = apply(state, e, at);
  // apply answers the state itself or a record it just made: that one is finished in place, not
  // copied a second time (a record has ~45 fields, and the hub folds every pushed event).
  const out: { -readonly [K in keyof CaseRecord]: CaseRecord[K] } = next === state ? { ...state } : next;
  out.needsSupervisor = out.dispatches.some((d) => d.conflicting && !d.ruled) || out.pending !== null || out.status === 'callback_done';
  out.updatedAt = at > state.updatedAt ? at : state.updatedAt;
  out.lastHlc = e.hlc > state.lastHlc ? e.hlc : state.lastHlc;
  out.eventCount = state.eventCount + 1;
  return out;
}

function apply(s: CaseRecord, e: CaseEvent, at: string): CaseRecord {
  const open = !finalStatuses.includes(s.status);
  switch (e.type) {
    case 'case.registered':
      // A second registration of the same case id (a replayed import) changes nothing.
      return s;
    case 'case.dispatched': {
      const owner = s.responsibleUnitId;
      const conflicting = owner !== null && owner !== e.payload.unitId;
      const dispatch = { eventId: e.id, unitId: e.payload.unitId, at, by: e.actorId, note: e.payload.note, conflicting };
      if (owner !== null || !open) return { ...s, dispatches: [...s.dispatches, dispatch] };
      return {
        ...s,
        status: 'dispatched',
        responsibleUnitId: e.payload.unitId,
        dispatches: [dispatch],
        custody: handOver(s.custody, at, e.payload.unitId),
        clockStartedAt: at,
      };
    }
    case 'case.conflict_ruled': {
      if (!s.dispatches.some((d) => d.conflicting && !d.ruled)) return s;
      const dispatches = s.dispatches.map((d) => (d.conflicting ? { ...d, ruled: true } : d));
      const keep = e.payload.keepUnitId;
      if (!open || keep === s.responsibleUnitId || !s.dispatches.some((d) => d.unitId === keep)) return { ...s, dispatches };
      // The supervisor gives the case to the unit of a later dispatch: its clocks start now, like a
      // re-dispatch. What the former holder had in flight (a request, a reply) was its own and goes
      // with it; left behind, a request would wait in a state that can no longer rule it.
      return {
        ...s,
        dispatches,
        status: 'dispatched',
        responsibleUnitId: keep,
        custody: handOver(s.custody, at, keep),
        clockStartedAt: at,
        acceptedAt: null,
        contact: null,
        reply: null,
        callbackFailures: [],
        pending: null,
        resumeStatus: null,
      };
    }
    case 'case.accepted':
      if (!open || !(s.status === 'dispatched' || s.status === 'reopened')) return s;
      return { ...s, status: 'accepted', acceptedAt: at };
    case 'case.contacted':
      if (!open) return s;
      return {
        ...s,
        status: s.status === 'accepted' ? 'contacted' : s.status,
        // 先行联系 is the first contact: a later call is in the timeline and does not move its clock.
        contact: s.contact ?? { at: e.payload.contactedAt, method: e.payload.method, summary: e.payload.summary },
      };
    case 'case.noted':
      return s;
    case 'case.replied': {
      if (!open || s.pending) return s;
      const reply = { unitId: s.responsibleUnitId ?? '', ...e.payload, at, by: e.actorId };
      if (specialClosureCodes.includes(e.payload.closureCode)) {
        return {
          ...s,
          reply,
          pending: {
            type: 'special_closure',
            closureCode: e.payload.closureCode,
            justification: e.payload.justification,
            unitId: reply.unitId,
            requestedAt: at,
            by: e.actorId,
            eventId: e.id,
          },
        };
      }
      return { ...s, status: 'replied', reply };
    }
    case 'case.special_closure_ruled': {
      if (s.pending?.type !== 'special_closure') return s;
      const ruling = ruled(s, e.payload.approved, e.payload.note, at, e.actorId);
      return e.payload.approved
        ? { ...s, status: 'replied', pending: null, rulings: [...s.rulings, ruling] }
        : { ...s, reply: null, pending: null, rulings: [...s.rulings, ruling] };
    }
    case 'case.return_requested':
      if (!open || s.pending) return s;
      return {
        ...s,
        status: 'return_requested',
        resumeStatus: s.status,
        pending: { type: 'return', ...e.payload, unitId: s.responsibleUnitId ?? '', requestedAt: at, by: e.actorId, eventId: e.id },
      };
    case 'case.return_ruled': {
      if (s.pending?.type !== 'return') return s;
      const to = e.payload.approved ? e.payload.redispatchToUnitId : null;
      const ruling = { ...ruled(s, e.payload.approved, e.payload.note, at, e.actorId), redispatchToUnitId: to };
      if (!e.payload.approved || to === null) {
        return { ...s, status: s.resumeStatus ?? s.status, resumeStatus: null, pending: null, rulings: [...s.rulings, ruling] };
      }
      return {
        ...s,
        status: 'dispatched',
        resumeStatus: null,
        pending: null,
        rulings: [...s.rulings, ruling],
        responsibleUnitId: to,
        custody: handOver(s.custody, at, to),
        clockStartedAt: at,
        acceptedAt: null,
        contact: null,
      };
    }
    case 'case.extension_requested':
      if (!open || s.pending) return s;
      return {
        ...s,
        status: 'extension_requested',
        resumeStatus: s.status,
        pending: {
          type: 'extension',
          ...e.payload,
          unitId: s.responsibleUnitId ?? '',
          requestedAt: at,
          by: e.actorId,
          eventId: e.id,
        },
      };
    case 'case.extension_ruled': {
      if (s.pending?.type !== 'extension') return s;
      const days = s.pending.workingDays;
      return {
        ...s,
        status: s.resumeStatus ?? s.status,
        resumeStatus: null,
        pending: null,
        rulings: [...s.rulings, ruled(s, e.payload.approved, e.payload.note, at, e.actorId)],
        extensionDaysGranted: s.extensionDaysGranted + (e.payload.approved ? days : 0),
      };
    }
    case 'case.whistled': {
      if (!open) return s;
      const already = new Set(s.whistles.map((w) => w.unitId));
      const fresh = e.payload.unitIds.filter((u) => !already.has(u) && u !== s.responsibleUnitId);
      const added = [...new Set(fresh)].map((unitId) => ({ unitId, question: e.payload.question, at, by: e.actorId, reportedAt: null }));
      return { ...s, whistles: [...s.whistles, ...added] };
    }
    case 'case.reported': {
      const whistle = s.whistles.find((w) => w.unitId === e.payload.unitId);
      if (!whistle || whistle.reportedAt !== null) return s;
      return {
        ...s,
        whistles: s.whistles.map((w) => (w === whistle ? { ...w, reportedAt: at } : w)),
        coHandlerUnitIds: [...s.coHandlerUnitIds, e.payload.unitId],
      };
    }
    case 'case.callback_failed':
      if (s.status !== 'replied') return s;
      return { ...s, callbackFailures: [...s.callbackFailures, { outcome: e.payload.outcome, at, note: e.payload.note }] };
    case 'case.evaluated': {
      if (s.status !== 'replied') return s;
      const evaluation = { ...e.payload, at };
      const content = e.payload.resolved && e.payload.satisfaction !== 'dissatisfied';
      if (content) return { ...s, evaluation, status: 'closed', closedAt: at, closeReason: 'evaluated' };
      if (e.payload.cause === 'policy_limited') return { ...s, evaluation, status: 'callback_done' };
      return reopen({ ...s, evaluation }, at);
    }
    case 'case.reopened':
      if (s.status !== 'callback_done' && s.status !== 'closed') return s;
      return reopen(s, at);
    case 'case.closed':
      if (s.status === 'closed' || s.status === 'answered' || s.status === 'transferred') return s;
      return { ...s, status: 'closed', closedAt: at, closeReason: e.payload.reason, pending: null, resumeStatus: null };
    case 'case.merged':
      if (!open) return s;
      return { ...s, status: 'merged', mergedIntoCaseId: e.payload.intoCaseId, pending: null, resumeStatus: null };
    case 'case.supervised':
      return { ...s, cards: [...s.cards, { card: e.payload.card, clock: e.payload.clock, at }] };
    case 'case.flagged': {
      const others = s.flags.filter((f) => f !== e.payload.flag);
      return { ...s, flags: e.payload.on ? [...others, e.payload.flag] : others };
    }
    case 'case.answered':
      if (!open) return s;
      // Like any end of the case's own flow, it leaves no request waiting (a seat may have filed one meanwhile).
      return {
        ...s,
        status: 'answered',
        answer: { knowledgeId: e.payload.knowledgeId, text: e.payload.answer, at, by: e.actorId },
        pending: null,
        resumeStatus: null,
      };
    case 'case.transferred':
      if (!open) return s;
      return {
        ...s,
        status: 'transferred',
        transfer: { service: e.payload.service, matched: e.payload.matched, at, by: e.actorId },
        pending: null,
        resumeStatus: null,
      };
    case 'case.emergency_dismissed':
      // Only the timeline keeps it: the case goes on as filed.
      return s;
    case 'case.linked':
      if (!open) return s;
      return {
        ...s,
        status: 'merged',
        mergedIntoCaseId: e.payload.mainCaseId,
        mainCase: { id: e.payload.mainCaseId, number: e.payload.mainNumber },
        pending: null,
        resumeStatus: null,
      };
    case 'case.repeat_call': {
      const calls = s.repeatCalls ?? [];
      // A re-delivered link changes nothing: each child is counted once.
      if (calls.some((c) => c.caseId === e.payload.childCaseId)) return s;
      return { ...s, repeatCalls: [...calls, { caseId: e.payload.childCaseId, number: e.payload.childNumber, at }] };
    }
    case 'case.appealed':
      return foldAppeal(s, e, at);
    case 'case.appeal_ruled':
      return foldAppealRuling(s, e, at);
    default:
      return assertNever(e);
  }
}
