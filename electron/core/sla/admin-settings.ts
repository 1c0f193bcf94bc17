import type { UserProfile } from '../../../shared/reference/types';
import type { LocalOverride } from '../../../shared/sla/calendar';
import { withYearSchedule } from '../../../shared/sla/build-calendar';
import type { SlaPolicy } from '../../../shared/sla/policy';
import { parseYearSchedule, type ScheduleResult } from '../../../shared/sla/year-schedule';
import type { CoreContext } from '../context';
import { deleteOverride, insertPolicy, logCalendarChange, saveLoadedYear, saveOverride } from '../store/sla-settings';
import { referenceIds } from '../store/reference-settings';
import { recordReferenceEdit } from '../sync/reference-edit';
import { forgetSlaSettings, slaSettings } from './settings';

/**
 * A new policy version; never an edit of one in force, so every case keeps the rules it started
 * with. It cannot start in the past: cases already registered would silently change version.
 */
export function savePolicyVersion(
  ctx: CoreContext,
  actor: UserProfile,
  limits: Pick<SlaPolicy, 'rules' | 'dispatch'>,
  effectiveFrom: string | null,
): SlaPolicy {
  const { db } = ctx;
  const now = ctx.now();
  const policy = db.transaction(() => {
    const latest = Math.max(...slaSettings(db).policies.map((p) => p.version));
    const from = effectiveFrom !== null && Date.parse(effectiveFrom) > now.getTime() ? new Date(effectiveFrom) : now;
    const saved: SlaPolicy = { version: latest + 1, effectiveFrom: from.toISOString(), ...limits };
    insertPolicy(db, saved, now.toISOString(), actor.id);
    recordReferenceEdit(ctx, 'sla_policy', referenceIds.policy(saved.version), { ...saved, savedAt: now.toISOString(), savedBy: actor.id });
    return saved;
  }).immediate();
  forgetSlaSettings(db);
  return policy;
}

export function saveCalendarOverride(ctx: CoreContext, actor: UserProfile, override: LocalOverride): void {
  const { db } = ctx;
  db.transaction(() => {
    const at = ctx.now().toISOString();
    saveOverride(db, override);
    logCalendarChange(db, at, actor.id, { type: 'override_saved', override });
    recordReferenceEdit(ctx, 'calendar', referenceIds.override(override.date), { ...override, savedAt: at, savedBy: actor.id });
  }).immediate();
  forgetSlaSettings(db);
}

export function removeCalendarOverride(ctx: CoreContext, actor: UserProfile, date: string): void {
  const { db } = ctx;
  db.transaction(() => {
    if (!deleteOverride(db, date)) return;
    logCalendarChange(db, ctx.now().toISOString(), actor.id, { type: 'override_removed', date });
    recordReferenceEdit(ctx, 'calendar', referenceIds.override(date), null);
  }).immediate();
  forgetSlaSettings(db);
}

/** Next year's official schedule from a file: checked in itself, then against the calendar it extends. */
export function loadYearSchedule(ctx: CoreContext, actor: UserProfile, text: string): ScheduleResult<number> {
  const { db } = ctx;
  const parsed = parseYearSchedule(text);
  if (!parsed.ok) return parsed;
  const schedule = parsed.value;
  const fits = withYearSchedule(slaSettings(db).calendar, schedule);
  if (!fits.ok) return fits;
  db.transaction(() => {
    const at = ctx.now().toISOString();
    saveLoadedYear(db, schedule);
    logCalendarChange(db, at, actor.id, { type: 'year_loaded', year: schedule.year, notice: schedule.notice ?? null });
    recordReferenceEdit(ctx, 'calendar', referenceIds.year(schedule.year), { ...schedule, savedAt: at, savedBy: actor.id });
  }).immediate();
  forgetSlaSettings(db);
  return { ok: true, value: schedule.year };
}
