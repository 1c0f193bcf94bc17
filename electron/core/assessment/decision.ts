import { ApiError } from '../../../shared/api/errors';
import type { CallView } from '../../../shared/api/methods/decision';
import { groupRequests, repeatCallers, type Call, type GroupSuggestion, type RepeatCaller } from '../../../shared/assessment/callers';
import { emptyFigures, figures, type Figure } from '../../../shared/assessment/figures';
import { bucketsOf, heatTable, type BucketSize, type HeatTable } from '../../../shared/assessment/heat';
import { periodBounds, type Period } from '../../../shared/assessment/period';
import { ratesOf, type Rates } from '../../../shared/assessment/score';
import { checkCaseAction, type ProposedAction } from '../../../shared/case/actions';
import type { CaseEvent } from '../../../shared/case/events';
import type { CaseRecord } from '../../../shared/case/record';
import { maskPhone } from '../../../shared/intake/phone';
import { shanghaiDay } from '../../../shared/case/case-number';
import type { UserProfile } from '../../../shared/reference/types';
import { addDays, type Day } from '../../../shared/sla/day';
import { commitCaseEvents } from '../cases/commit';
import type { CoreContext } from '../context';
import { checkCoreRules } from '../loop/core-rules';
import { unitFiguresInStore } from '../store/assessment';
import { callsFiled } from '../store/assessment-calls';
import { dayCounts } from '../store/assessment-hotspots';
import { currentAssessmentRule } from '../store/assessment-ledger';
import { getCaseRecord } from '../store/cases';
import { writeTransaction, type DB } from '../store/db';

/** A period still running is shown up to today: columns for days to come would only be blank. */
function upTo(period: Period, today: Day): Period {
  return period.to <= today || period.from > today ? period : { ...period, to: today };
}

export function heatOf(db: DB, period: Period, size: BucketSize, today: Day): HeatTable {
  const shown = upTo(period, today);
  return heatTable(dayCounts(db, periodBounds(shown)), shown, size);
}

export interface TrendPoint extends Rates {
  readonly from: Day;
  readonly to: Day;
  /** Cases dispatched to a unit (merged repeat calls count in their main case). */
  readonly cases: number;
}

/**
 * The town's cases and three rates, bucket by bucket: every unit's figures summed, so a rate is
 * the town's, not an average of units'. Cards and hasty flags move no rate, so none are read.
 */
export function trendsOf(db: DB, period: Period, size: BucketSize, asOf: string): { ruleVersion: number; points: TrendPoint[] } {
  const rule = currentAssessmentRule(db);
  const points = bucketsOf(upTo(period, shanghaiDay(new Date(asOf))), size).map((b) => {
    const bounds = periodBounds({ kind: 'custom', from: b.from, to: b.to });
    const town = emptyFigures();
    for (const f of unitFiguresInStore(db, { ...bounds, asOf, hastyCaseIds: [], waived: [] }, rule).values()) {
      for (const k of figures) town[k as Figure] += f[k];
    }
    return { from: b.from, to: b.to, cases: town.received, ...ratesOf(town) };
  });
  return { ruleVersion: rule.version, points };
}

function callView(c: Call): CallView {
  return { ...c, phone: c.phone === null ? null : maskPhone(c.phone) };
}

export function repeatCallersIn(db: DB, period: Period, windowDays: number): { phone: string; categoryId: string; calls: CallView[] }[] {
  return repeatCallers(callsFiled(db, periodBounds(period)), windowDays).map((r: RepeatCaller) => ({
    phone: maskPhone(r.phone),
    categoryId: r.categoryId,
    calls: r.calls.map(callView),
  }));
}

/** A group request is sought among the last week's calls: a burst over a few days, still open. */
export const GROUP_LOOKBACK_DAYS = 7;
export const GROUP_WINDOW_HOURS = 48;

export function groupSuggestionsOn(db: DB, day: Day): { windowHours: number; minCallers: number; suggestions: (Omit<GroupSuggestion, 'calls'> & { calls: CallView[] })[] } {
  const minCallers = currentAssessmentRule(db).groupMinCalls;
  const bounds = periodBounds({ kind: 'custom', from: addDays(day, 1 - GROUP_LOOKBACK_DAYS), to: day });
  const suggestions = groupRequests(callsFiled(db, bounds), { windowHours: GROUP_WINDOW_HOURS, minCallers });
  return { windowHours: GROUP_WINDOW_HOURS, minCallers, suggestions: suggestions.map((g) => ({ ...g, calls: g.calls.map(callView) })) };
}

/**
 * 群体性诉求: the other calls merge into the main case (合并), and the main case counts each as
 * one more call, so it scores as a group request once resolved. All in one transaction, each
 * event checked by the state machine and the core's rules, as every action is
 * (loop/perform-action.ts); a refusal leaves every case as it was.
 */
export function mergeGroupRequest(core: CoreContext, actor: UserProfile, input: { mainCaseId: string; caseIds: readonly string[] }): CaseRecord & { merged: number } {
  const changed: string[] = [];
  const event = (record: CaseRecord, proposed: ProposedAction): CaseEvent => {
    const refusal = checkCaseAction(record, proposed, actor);
    if (refusal) throw new ApiError(refusal.code, refusal.params, 'caseIds');
    return { id: core.newId(), caseId: record.id, seatId: core.seatId, hlc: core.hlc.next(), actorId: actor.id, ...proposed } as CaseEvent;
  };
  const main = writeTransaction(core.db, (db) => {
    const mainCase = getCaseRecord(db, input.mainCaseId);
    if (!mainCase) throw new ApiError('not_found', { what: input.mainCaseId }, 'mainCaseId');
    let current = mainCase;
    for (const id of new Set(input.caseIds)) {
      if (id === mainCase.id) continue;
      const child = getCaseRecord(db, id);
      if (!child) throw new ApiError('not_found', { what: id }, 'caseIds');
      const merged = event(child, { type: 'case.merged', payload: { intoCaseId: mainCase.id } });
      checkCoreRules(db, child, merged, core.now());
      commitCaseEvents(db, child.id, [merged]);
      current = commitCaseEvents(db, mainCase.id, [event(current, { type: 'case.repeat_call', payload: { childCaseId: child.id, childNumber: child.number } })]);
      changed.push(child.id);
    }
    return current;
  }).immediate();
  core.publish('cases:changed', { ids: [main.id, ...changed] });
  return { ...main, merged: changed.length };
}
