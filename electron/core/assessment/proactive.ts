import { ApiError } from '../../../shared/api/errors';
import { periodBounds } from '../../../shared/assessment/period';
import { detectSpikes, spikeWindowStart, type Spike } from '../../../shared/assessment/spikes';
import type { CaseRecord } from '../../../shared/case/record';
import { suggestResponsibleUnit } from '../../../shared/reference/routing';
import type { UserProfile } from '../../../shared/reference/types';
import type { Day } from '../../../shared/sla/day';
import type { CoreContext } from '../context';
import { registerCase } from '../intake/register-case';
import { dayCounts } from '../store/assessment-hotspots';
import type { DB } from '../store/db';
import { listCategories, listCommittees, listRoutingRules } from '../store/reference';

/** The day's spikes against the rolling baseline of the days before it. */
export function spikesOn(db: DB, day: Day): Spike[] {
  const window = { kind: 'custom' as const, from: spikeWindowStart(day), to: day };
  return detectSpikes(dayCounts(db, periodBounds(window)), day);
}

/**
 * 未诉先办: a spike becomes a case the town files itself, dispatched to the unit the routing
 * rules name for that category in that committee, before the next caller has to ask.
 */
export function fileProactiveCase(core: CoreContext, actor: UserProfile, input: { committeeId: string; categoryId: string; day: Day }): CaseRecord {
  const spike = spikesOn(core.db, input.day).find((s) => s.committeeId === input.committeeId && s.categoryId === input.categoryId);
  if (!spike) throw new ApiError('not_found', { what: `${input.committeeId} × ${input.categoryId}` }, 'categoryId');
  const categories = listCategories(core.db);
  const parentOf = new Map(categories.map((c) => [c.id, c.parentId]));
  const committee = listCommittees(core.db).find((c) => c.id === input.committeeId)?.name ?? input.committeeId;
  const category = categories.find((c) => c.id === input.categoryId)?.name ?? input.categoryId;
  return registerCase(core, actor, {
    kind: 'help',
    urgency: 'high',
    categoryId: input.categoryId,
    committeeId: input.committeeId,
    caller: { phone: '', name: '' },
    address: committee,
    description: `未诉先办：${committee}「${category}」${input.day} 近 3 日来电 ${spike.count} 件，此前同期通常 ${spike.baseline.toFixed(1)} 件，请主动排查并回应。`,
    dispatchToUnitId: suggestResponsibleUnit(listRoutingRules(core.db), parentOf, input.categoryId, input.committeeId),
    dismissedEmergency: null,
  });
}
