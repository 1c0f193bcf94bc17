import type { Category } from '../../../shared/reference/types';
import { leafCategoryIds } from '../../../shared/reference/routing';

export interface CategoryOption {
  readonly id: string;
  /** 民生服务 › 为老服务 › 助餐: the whole path, so a leaf's name is never ambiguous. */
  readonly path: string;
}

export function leafCategoryOptions(categories: readonly Category[]): CategoryOption[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const leaves = leafCategoryIds(categories);
  return categories
    .filter((c) => leaves.has(c.id))
    .map((c) => {
      const names: string[] = [];
      const seen = new Set<string>();
      for (let at: Category | undefined = c; at && !seen.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) {
        seen.add(at.id);
        names.unshift(at.name);
      }
      return { id: c.id, path: names.join(' › ') };
    });
}
