import { ApiError } from '../../../shared/api/errors';
import { committeeDeskName } from '../../../shared/reference/committee-desk';
import type { Category, Committee, RoutingRule, Unit } from '../../../shared/reference/types';
import type { ReferenceRecord } from '../../../shared/sync/wire';
import type { CoreContext } from '../context';
import { writeTransaction, type WritableDB } from '../store/db';
import {
  categoryPosition,
  committeeExists,
  forgetKnownIds,
  isLeafCategory,
  listCategories,
  listCommittees,
  listRoutingRules,
  listUnits,
  unitExists,
} from '../store/reference';
import { applyToLiveTables } from '../store/reference-live';
import { recordReferenceEdit } from '../sync/reference-edit';

type Edit = { kind: ReferenceRecord['kind']; id: string; data: Record<string, unknown> | null };

/**
 * An administrator sets up the town at an admin seat: its committees, units, category tree and
 * the routing rules that suggest the first-responsible unit. Each save is a record of the
 * reference stream (last writer wins by HLC, history kept), so it reaches the hub and every seat
 * like a policy edit; here it is in force at once. The checks run inside the save's transaction:
 * the sync worker writes the same tables from its own connection.
 */
function save<T>(ctx: CoreContext, build: (db: WritableDB) => { edits: Edit[]; result: T }): T {
  const result = writeTransaction(ctx.db, (db) => {
    // The worker may have written these tables a moment ago, before its message told this connection.
    forgetKnownIds(db);
    const { edits, result } = build(db);
    for (const e of edits) applyToLiveTables(db, recordReferenceEdit({ db, hlc: ctx.hlc }, e.kind, e.id, e.data));
    forgetKnownIds(db);
    return result;
  }).immediate();
  ctx.publish('reference:changed', {});
  return result;
}

const newId = (ctx: CoreContext, prefix: string) => `${prefix}.${ctx.newId().toLowerCase()}`;

function unitNameFree(db: WritableDB, unit: Pick<Unit, 'id' | 'name'>): void {
  if (listUnits(db).some((u) => u.id !== unit.id && u.name === unit.name)) throw new ApiError('name_taken', { name: unit.name }, 'name');
}

/**
 * A committee (居委 or 村委) is renamed, or a new one added together with its own desk, the
 * committee-type unit that cases in its grid cell are dispatched to.
 */
type SavedCommittee = { committee: Committee; desk: Unit | null };

export function saveCommittee(ctx: CoreContext, input: Omit<Committee, 'id'> & { id: string | null }): SavedCommittee {
  return save<SavedCommittee>(ctx, (db) => {
    if (input.id !== null && !committeeExists(db, input.id)) throw new ApiError('not_found', { what: input.id }, 'id');
    if (listCommittees(db).some((c) => c.id !== input.id && c.name === input.name)) throw new ApiError('name_taken', { name: input.name }, 'name');
    const committee: Committee = { ...input, id: input.id ?? newId(ctx, 'cmt') };
    const edits: Edit[] = [{ kind: 'committee', id: committee.id, data: committee }];
    if (input.id !== null) return { edits, result: { committee, desk: null } };
    const desk: Unit = { id: newId(ctx, 'unit'), name: committeeDeskName(committee), type: 'committee', committeeId: committee.id };
    unitNameFree(db, desk);
    edits.push({ kind: 'unit', id: desk.id, data: desk });
    return { edits, result: { committee, desk } };
  });
}

export function saveUnit(ctx: CoreContext, input: Omit<Unit, 'id'> & { id: string | null }): Unit {
  return save(ctx, (db) => {
    if (input.id !== null && !unitExists(db, input.id)) throw new ApiError('not_found', { what: input.id }, 'id');
    // A committee's own unit stands for its grid cell; a department stands for no committee.
    const committeeOk = input.type === 'committee' ? input.committeeId !== null && committeeExists(db, input.committeeId) : input.committeeId === null;
    if (!committeeOk) throw new ApiError('unknown_reference', { field: 'committeeId', value: input.committeeId ?? '' }, 'committeeId');
    const unit: Unit = { ...input, id: input.id ?? newId(ctx, 'unit') };
    unitNameFree(db, unit);
    return { edits: [{ kind: 'unit', id: unit.id, data: unit }], result: unit };
  });
}

/**
 * A category is renamed, or a new one added at the top or under a group. Only under a group:
 * a leaf that got a child would stop being one, and the cases filed on it would point at a group.
 */
export function saveCategory(ctx: CoreContext, input: Omit<Category, 'id'> & { id: string | null }): Category {
  return save(ctx, (db) => {
    const categories = listCategories(db);
    const current = input.id === null ? undefined : categories.find((c) => c.id === input.id);
    if (input.id !== null && !current) throw new ApiError('not_found', { what: input.id }, 'id');
    const parent = input.parentId === null ? null : categories.find((c) => c.id === input.parentId);
    const parentOk = current ? input.parentId === current.parentId : input.parentId === null || (parent !== undefined && !isLeafCategory(db, input.parentId));
    if (!parentOk) throw new ApiError('unknown_reference', { field: 'parentId', value: input.parentId ?? '' }, 'parentId');
    const category: Category = { ...input, id: input.id ?? newId(ctx, 'cat') };
    if (categories.some((c) => c.id !== category.id && c.parentId === category.parentId && c.name === category.name)) {
      throw new ApiError('name_taken', { name: category.name }, 'name');
    }
    const order = categoryPosition(db, current ? current.id : null);
    return { edits: [{ kind: 'category', id: category.id, data: { ...category, order } }], result: category };
  });
}

/** A rule for one committee beats a town-wide one (committee null); one rule per category and committee. */
export function saveRoutingRule(ctx: CoreContext, input: Omit<RoutingRule, 'id'> & { id: string | null }): RoutingRule {
  return save(ctx, (db) => {
    if (!listCategories(db).some((c) => c.id === input.categoryId)) throw new ApiError('unknown_reference', { field: 'categoryId', value: input.categoryId }, 'categoryId');
    if (input.committeeId !== null && !committeeExists(db, input.committeeId)) {
      throw new ApiError('unknown_reference', { field: 'committeeId', value: input.committeeId }, 'committeeId');
    }
    if (!unitExists(db, input.unitId)) throw new ApiError('unknown_reference', { field: 'unitId', value: input.unitId }, 'unitId');
    const rules = listRoutingRules(db);
    if (input.id !== null && !rules.some((r) => r.id === input.id)) throw new ApiError('not_found', { what: input.id }, 'id');
    const twin = rules.find((r) => r.id !== input.id && r.categoryId === input.categoryId && r.committeeId === input.committeeId);
    if (twin && input.id !== null) throw new ApiError('rule_exists', {}, 'categoryId');
    const rule: RoutingRule = { ...input, id: input.id ?? twin?.id ?? newId(ctx, 'rule') };
    return { edits: [{ kind: 'routing_rule', id: rule.id, data: rule }], result: rule };
  });
}

export function deleteRoutingRule(ctx: CoreContext, id: string): void {
  save(ctx, (db) => {
    if (!listRoutingRules(db).some((r) => r.id === id)) throw new ApiError('not_found', { what: id }, 'id');
    return { edits: [{ kind: 'routing_rule', id, data: null }], result: undefined };
  });
}
