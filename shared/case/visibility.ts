import type { CaseRecord } from './record';
import type { Role } from '../reference/types';

/**
 * Who may see a case, written once. The hotline centre (operators, dispatchers, supervisors,
 * admins) sees its whole town; a unit sees the cases it is or was involved in. Every read, every
 * push and the hub's scoped pull decide with this rule (the store's SQL predicate is tested
 * against it).
 */
export type Viewer = { readonly scope: 'town' } | { readonly scope: 'unit'; readonly unitId: string };

export function viewerOf(user: { readonly role: Role; readonly unitId: string | null }): Viewer {
  // A handler without a unit sees nothing rather than everything.
  return user.role === 'handler' ? { scope: 'unit', unitId: user.unitId ?? '' } : { scope: 'town' };
}

/**
 * The units involved in a case: the first-responsible unit, every unit it was dispatched to
 * (a conflicting dispatch included, until the supervisor rules), every unit that held it
 * (custody, so a former holder after a return keeps its history), and every unit whistled in.
 */
export function involvedUnitIds(
  record: Pick<CaseRecord, 'responsibleUnitId' | 'dispatches' | 'custody' | 'whistles'>,
): string[] {
  const units = new Set<string>();
  if (record.responsibleUnitId) units.add(record.responsibleUnitId);
  for (const d of record.dispatches) units.add(d.unitId);
  for (const c of record.custody) units.add(c.unitId);
  for (const w of record.whistles) units.add(w.unitId);
  return [...units];
}

/** The unit a viewer is confined to, or null for the whole town: the parameter of the store's SQL predicate. */
export function viewerUnitId(viewer: Viewer): string | null {
  return viewer.scope === 'unit' ? viewer.unitId : null;
}

export function maySeeCase(
  viewer: Viewer,
  record: Pick<CaseRecord, 'responsibleUnitId' | 'dispatches' | 'custody' | 'whistles'>,
): boolean {
  return viewer.scope === 'town' || (viewer.unitId !== '' && involvedUnitIds(record).includes(viewer.unitId));
}
