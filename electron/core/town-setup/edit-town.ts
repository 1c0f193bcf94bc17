import { ApiError } from '../../../shared/api/errors';
import type { Category, RoutingRule, Unit } from '../../../shared/reference/types';
import type { ReferenceRecord } from '../../../shared/sync/wire';
import type { CoreContext } from '../context';
import { writeTransaction, type WritableDB } from '../store/db';
import { categoryPosition, committeeExists, forgetKnownIds, isLeafCategory, listCategories, listRoutingRules, listUnits, unitExists } from '../store/reference';
import { applyToLiveTables } from '../store/reference-live';
import { recordReferenceEdit } from '../sync/reference-edit';

/**
 * An administrator sets up the town at an admin seat: its units, its category tree and the
 * routing rules that suggest the first-responsible unit. Each save is a record of the reference
 * stream (last writer wins by HLC, history kept), so it reaches the hub and every seat like a
 * policy edit; here it is in force at once.
 */
function save(ctx: CoreContext, kind: ReferenceRecord['kind'], id: string, data: Record<string, unknown> | null, check: (db: WritableDB) => void): void {
  writeTransaction(ctx.db, (db) => {
    check(db);
    applyToLiveTables(db, recordReferenceEdit({ db, hlc: ctx.hlc }, kind, id, data));
    forgetKnownIds(db);
  }).immediate();
}

const newId = (ctx: CoreContext, prefix: string) => `${prefix}.${ctx.newId().toLowerCase()}`;

export function saveUnit(ctx: CoreContext, input: Omit<Unit, 'id'> & { id: string | null }): Unit {
  if (input.id !== null && !unitExists(ctx.db, input.id)) throw new ApiError('not_found', { what: input.id }, 'id');
  // A committee's own unit stands for its grid cell; a department stands for no committee.
  const committeeOk = input.type === 'committee' ? input.committeeId !== null && committeeExists(ctx.db, input.committeeId) : input.committeeId === null;
  if (!committeeOk) throw new ApiError('unknown_reference', { field: 'committeeId', value: input.committeeId ?? '' }, 'committeeId');
  const unit: Unit = { ...input, id: input.id ?? newId(ctx, 'unit') };
  save(ctx, 'unit', unit.id, unit, (db) => {
    if (listUnits(db).some((u) => u.id !== unit.id && u.name === unit.name)) throw new ApiError('name_taken', { name: unit.name }, 'name');
  });
  return unit;
}

/**
 * A category is renamed, or a new one added at the top or under a group. Only under a group:
 * a leaf that got a child would stop being one, and the cases filed on it would point at a group.
 */
export function saveCategory(ctx: CoreContext, input: Omit<Category, 'id'> & { id: string | null }): Category {
  const categories = listCategories(ctx.db);
  const current = input.id === null ? undefined : categories.find((c) => c.id === input.id);
  if (input.id !== null && !current) throw new ApiError('not_found', { what: input.id }, 'id');
  const parent = input.parentId === null ? null : categories.find((c) => c.id === input.parentId);
  const parentOk = current ? input.parentId === current.parentId : input.parentId === null || (parent !== undefined && !isLeafCategory(ctx.db, input.parentId));
  if (!parentOk) throw new ApiError('unknown_reference', { field: 'parentId', value: input.parentId ?? '' }, 'parentId');
  const category: Category = { ...input, id: input.id ?? newId(ctx, 'cat') };
  const order = categoryPosition(ctx.db, current ? current.id : null);
  save(ctx, 'category', category.id, { ...category, order }, () => {
    if (categories.some((c) => c.id !== category.id && c.parentId === category.parentId && c.name === category.name)) {
      throw new ApiError('name_taken', { name: category.name }, 'name');
    }
  });
  return category;
}

/** A rule for one committee beats a town-wide one (committee null); one rule per category and committee. */
export function saveRoutingRule(ctx: CoreContext, input: Omit<RoutingRule, 'id'> & { id: string | null }): RoutingRule {
  const categoryKnown = listCategories(ctx.db).some((c) => c.id === input.categoryId);
  if (!categoryKnown) throw new ApiError('unknown_reference', { field: 'categoryId', value: input.categoryId }, 'categoryId');
  if (input.committeeId !== null && !committeeExists(ctx.db, input.committeeId)) {
    throw new ApiError('unknown_reference', { field: 'committeeId', value: input.committeeId }, 'committeeId');
  }
  if (!unitExists(ctx.db, input.unitId)) throw new ApiError('unknown_reference', { field: 'unitId', value: input.unitId }, 'unitId');
  const rules = listRoutingRules(ctx.db);
  if (input.id !== null && !rules.some((r) => r.id === input.id)) throw new ApiError('not_found', { what: input.id }, 'id');
  const twin = rules.find((r) => r.id !== input.id && r.categoryId === input.categoryId && r.committeeId === input.committeeId);
  if (twin && input.id !== null) throw new ApiError('rule_exists', {}, 'categoryId');
  const rule: RoutingRule = { ...input, id: input.id ?? twin?.id ?? newId(ctx, 'rule') };
  save(ctx, 'routing_rule', rule.id, rule, () => undefined);
  return rule;
}

export function deleteRoutingRule(ctx: CoreContext, id: string): void {
  if (!listRoutingRules(ctx.db).some((r) => r.id === id)) throw new ApiError('not_found', { what: id }, 'id');
  save(ctx, 'routing_rule', id, null, () => undefined);
}
