import type { StoredClock } from '../../../../shared/api/methods/sla';
import { shanghaiDay } from '../../../../shared/case/case-number';
import { viewerUnitId } from '../../../../shared/case/visibility';
import { isIn } from '../../../../shared/reference/audiences';
import { nearestClock } from '../../../../shared/sla/clock-view';
import { calendarCoverage, calendarWarning } from '../../../../shared/sla/coverage';
import { caseInView, visibleCaseIds } from '../../cases/visible-cases';
import { loadYearSchedule, removeCalendarOverride, saveCalendarOverride, savePolicyVersion } from '../../sla/admin-settings';
import { slaSettings } from '../../sla/settings';
import { alertClocks, clocksOfCase, listCards, pinnedPolicyVersion, runningClocksOfCases } from '../../store/case-sla';
import { listCalendarChanges, listLoadedYears, listOverrides, listPolicies } from '../../store/sla-settings';
import { viewerParam } from '../../store/case-units';
import { sessionOf, viewerOfCall, type CallContext, type HandlersFor } from './types';

/** Alerts look this far ahead, so a seat that refreshes every minute sees each clock turn. */
const alertHorizonMs = 10 * 60_000;

export const nowOf = (call: CallContext) => call.core.now().toISOString();

export const slaHandlers = {
  'sla:status': (_input, call) => {
    const now = call.core.now();
    return { now: now.toISOString(), calendarWarning: calendarWarning(slaSettings(call.core.db).calendar, shanghaiDay(now)) };
  },
  'sla:caseClocks': (input, call) => {
    const { db } = call.core;
    const record = caseInView(db, sessionOf(call).user, input.caseId);
    return {
      now: nowOf(call),
      policyVersion: pinnedPolicyVersion(db, record.id) ?? 1,
      clocks: clocksOfCase(db, record.id),
      custody: [...record.custody],
    };
  },
  'sla:nearest': (input, call) => {
    const { db } = call.core;
    const running = runningClocksOfCases(db, visibleCaseIds(db, sessionOf(call).user, input.caseIds));
    const byCase = new Map<string, StoredClock[]>();
    for (const c of running) byCase.set(c.caseId, [...(byCase.get(c.caseId) ?? []), c]);
    return { now: nowOf(call), clocks: [...byCase.values()].flatMap((ofCase) => nearestClock(ofCase) ?? []) };
  },
  'sla:alerts': (_input, call) => {
    const { user } = sessionOf(call);
    const viewer = viewerOfCall(call);
    const now = call.core.now();
    const everything = isIn(user.role, 'townWatchers');
    const clocks = alertClocks(call.core.db, {
      ...viewerParam(viewer),
      horizon: new Date(now.getTime() + alertHorizonMs).toISOString(),
      // Whose alerts: a dispatcher's own dispatches and every case still waiting for one, the clocks charged to a unit, or everything.
      dispatchedBy: everything || isIn(user.role, 'handler') ? null : user.id,
      unitId: viewerUnitId(viewer),
      limit: 300,
    });
    return { now: now.toISOString(), clocks };
  },
  'sla:cards': (input, call) => ({ cards: listCards(call.core.db, { ...viewerParam(viewerOfCall(call)), limit: input.limit }) }),
  'sla:policies': (_input, call) => ({ policies: listPolicies(call.core.db) }),
  'sla:savePolicy': (input, call) => savePolicyVersion(call.core, sessionOf(call).user, { rules: input.rules, dispatch: input.dispatch }, input.effectiveFrom),
  'sla:calendar': (_input, call) => {
    const { db } = call.core;
    const { calendar } = slaSettings(db);
    return {
      overrides: listOverrides(db),
      loadedYears: listLoadedYears(db).map((y) => ({ year: y.year, notice: y.notice ?? null })),
      coveredThrough: calendarCoverage(calendar),
      warning: calendarWarning(calendar, shanghaiDay(call.core.now())),
      history: listCalendarChanges(db, 50),
    };
  },
  'sla:saveOverride': (input, call) => {
    saveCalendarOverride(call.core, sessionOf(call).user, input);
    return {};
  },
  'sla:removeOverride': (input, call) => {
    removeCalendarOverride(call.core, sessionOf(call).user, input.date);
    return {};
  },
  'sla:loadYear': (input, call) => {
    const result = loadYearSchedule(call.core, sessionOf(call).user, input.text);
    return result.ok ? { ok: true as const, year: result.value } : { ok: false as const, issues: [...result.issues] };
  },
} satisfies HandlersFor<
  | 'sla:status'
  | 'sla:caseClocks'
  | 'sla:nearest'
  | 'sla:alerts'
  | 'sla:cards'
  | 'sla:policies'
  | 'sla:savePolicy'
  | 'sla:calendar'
  | 'sla:saveOverride'
  | 'sla:removeOverride'
  | 'sla:loadYear'
>;
