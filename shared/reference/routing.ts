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
