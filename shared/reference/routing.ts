import type { RoutingRule } from './types';

/**
 * The first-responsible unit the routing rules suggest for a category in a committee: a rule for
 * that very committee beats a town-wide one; an unmatched leaf falls back to its parent category.
 */
export function suggestResponsibleUnit(
  rules: readonly RoutingRule[],
  parentOf: ReadonlyMap<string, string | null>,
  categoryId: string,
  committeeId: string,
): string | null {
  const seen = new Set<string>();
  for (let cat: string | null | undefined = categoryId; cat && !seen.has(cat); cat = parentOf.get(cat)) {
    seen.add(cat);
    const local = rules.find((r) => r.categoryId === cat && r.committeeId === committeeId);
    if (local) return local.unitId;
    const townWide = rules.find((r) => r.categoryId === cat && r.committeeId === null);
    if (townWide) return townWide.unitId;
  }
  return null;
}

/** Leaves of the category tree: only these are filed on a case. */
export function leafCategoryIds(categories: readonly { id: string; parentId: string | null }[]): Set<string> {
  const parents = new Set(categories.map((c) => c.parentId).filter((p): p is string => p !== null));
  return new Set(categories.filter((c) => !parents.has(c.id)).map((c) => c.id));
}

/**
 * The units a hotspot calls in (吹哨) beside its responsible unit: every unit a routing rule names
 * for the category or any category above it, in that committee or town-wide (the departments whose
 * remit it is), and the committee’s own unit (the grid cell where 居村吹哨 starts): that one first,
 * then from the leaf category up.
 */
export function whistleUnitsFor(
  rules: readonly RoutingRule[],
  parentOf: ReadonlyMap<string, string | null>,
  committeeUnitIds: ReadonlyMap<string, string>,
  categoryId: string,
  committeeId: string,
  responsibleUnitId: string | null,
): string[] {
  const units = new Set<string>();
  const seen = new Set<string>();
  const grid = committeeUnitIds.get(committeeId);
  if (grid) units.add(grid);
  for (let cat: string | null | undefined = categoryId; cat && !seen.has(cat); cat = parentOf.get(cat)) {
    seen.add(cat);
    for (const r of rules) if (r.categoryId === cat && (r.committeeId === committeeId || r.committeeId === null)) units.add(r.unitId);
  }
  if (responsibleUnitId !== null) units.delete(responsibleUnitId);
  return [...units];
}
