import { createWorkingCalendar } from '../../../shared/sla/build-calendar';
import type { WorkingCalendar } from '../../../shared/sla/calendar';
import { policyInForce, type SlaPolicy } from '../../../shared/sla/policy';
import type { DB } from '../store/db';
import { listLoadedYears, listOverrides, listPolicies } from '../store/sla-settings';

export interface SlaSettings {
  readonly policies: readonly SlaPolicy[];
  readonly calendar: WorkingCalendar;
}

/** Built once per connection and after each admin change, not per committed case. */
const cache = new WeakMap<DB, SlaSettings>();

export function slaSettings(db: DB): SlaSettings {
  const cached = cache.get(db);
  if (cached) return cached;
  const built = createWorkingCalendar({ loadedYears: listLoadedYears(db), overrides: listOverrides(db) });
  // Stored years passed the same checks when they were loaded; a failure here is a corrupt store.
  if (!built.ok) throw new Error(`The stored calendar is inconsistent: ${built.issues.map((i) => i.code).join(', ')}`);
  const settings = { policies: listPolicies(db).map((p) => p.policy), calendar: built.value };
  cache.set(db, settings);
  return settings;
}

export function forgetSlaSettings(db: DB): void {
  cache.delete(db);
}

/** The version a case registered at `registeredAt` runs under; version 1 is in force from 2000. */
export function policyFor(settings: SlaSettings, version: number | null, registeredAt: string): SlaPolicy {
  const pinned = version === null ? undefined : settings.policies.find((p) => p.version === version);
  const policy = pinned ?? policyInForce(settings.policies, new Date(registeredAt)) ?? settings.policies[0];
  if (!policy) throw new Error('No SLA policy is stored');
  return policy;
}
