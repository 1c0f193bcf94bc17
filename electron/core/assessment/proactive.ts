import { ApiError } from '../../../shared/api/errors';
import { periodBounds } from '../../../shared/assessment/period';
import { detectSpikes, spikeWindowStart, type Spike } from '../../../shared/assessment/spikes';
import type { CaseRecord } from '../../../shared/case/record';
import { suggestResponsibleUnit, whistleUnitsFor } from '../../../shared/reference/routing';
import type { UserProfile } from '../../../shared/reference/types';
import type { Day } from '../../../shared/sla/day';
import type { CoreContext } from '../context';
import { registerCase } from '../intake/register-case';
import { performCaseAction } from '../loop/perform-action';
import { dayCounts } from '../store/assessment-hotspots';
import type { DB } from '../store/db';
import { listCategories, listCommittees, listRoutingRules, listUnits } from '../store/reference';

/** The day's spikes against the rolling baseline of the days before it. */
export function spikesOn(db: DB, day: Day): Spike[] {
  const window = { kind: 'custom' as const, from: spikeWindowStart(day), to: day };
  return detectSpikes(dayCounts(db, periodBounds(window)), day);
}

/**
 * 未诉先办: a spike becomes a case the town files itself, dispatched to the unit the routing
 * rules name for that category in that committee, before the next caller has to ask, and
 * whistled (吹哨) at once to the other units the matter needs, through the same action path and
 * rule (`actionRules['case.whistled']`) as any whistle: each must report in on its own clock.
 */
export function fileProactiveCase(core: CoreContext, actor: UserProfile, input: { committeeId: string; categoryId: string; day: Day }): CaseRecord {
  const spike = spikesOn(core.db, input.day).find((s) => s.committeeId === input.committeeId && s.categoryId === input.categoryId);
  if (!spike) throw new ApiError('not_found', { what: `${input.committeeId} × ${input.categoryId}` }, 'categoryId');
  const categories = listCategories(core.db);
  const parentOf = new Map(categories.map((c) => [c.id, c.parentId]));
  const committee = listCommittees(core.db).find((c) => c.id === input.committeeId)?.name ?? input.committeeId;
  const category = categories.find((c) => c.id === input.categoryId)?.name ?? input.categoryId;
  const rules = listRoutingRules(core.db);
  const filed = registerCase(core, actor, {
    kind: 'help',
    urgency: 'high',
    categoryId: input.categoryId,
    committeeId: input.committeeId,
    caller: { phone: '', name: '' },
    address: committee,
    description: `未诉先办：${committee}「${category}」${input.day} 近 3 日来电 ${spike.count} 件，此前同期通常 ${spike.baseline.toFixed(1)} 件，请主动排查并回应。`,
    dispatchToUnitId: suggestResponsibleUnit(rules, parentOf, input.categoryId, input.committeeId),
    dismissedEmergency: null,
  });
  const gridUnits = new Map(listUnits(core.db).flatMap((u) => (u.committeeId === null ? [] : [[u.committeeId, u.id] as const])));
  const unitIds = whistleUnitsFor(rules, parentOf, gridUnits, input.categoryId, input.committeeId, filed.responsibleUnitId).slice(0, 20);
  if (filed.responsibleUnitId === null || unitIds.length === 0) return filed;
  // The new case's row is written just after its save (projector.ts); the whistle reads it.
  core.projections.flush();
  return performCaseAction(core, actor, {
    caseId: filed.id,
    action: 'case.whistled',
    payload: { unitIds, question: `未诉先办：${committee}「${category}」近 3 日来电激增，请报到协同排查。` },
  });
}
