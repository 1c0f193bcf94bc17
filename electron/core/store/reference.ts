import type { Category, Committee, RoutingRule, Unit } from '../../../shared/reference/types';
import { preparedFor, type DB } from './db';

interface UnitRow {
  id: string;
  name: string;
  type: Unit['type'];
  committee_id: string | null;
}
interface CategoryRow {
  id: string;
  name: string;
  parent_id: string | null;
}
interface RuleRow {
  id: string;
  category_id: string;
  committee_id: string | null;
  unit_id: string;
}

const sql = preparedFor((db) => ({
  insertCommittee: db.prepare<[string, string, string]>('INSERT INTO committees (id, name, kind) VALUES (?, ?, ?)'),
  insertUnit: db.prepare<[string, string, string, string | null]>(
    'INSERT INTO units (id, name, type, committee_id) VALUES (?, ?, ?, ?)',
  ),
  insertCategory: db.prepare<[string, string, string | null, number]>(
    'INSERT INTO categories (id, name, parent_id, position) VALUES (?, ?, ?, ?)',
  ),
  insertRule: db.prepare<[string, string, string | null, string]>(
    'INSERT INTO routing_rules (id, category_id, committee_id, unit_id) VALUES (?, ?, ?, ?)',
  ),
  listCommittees: db.prepare<[], Committee>('SELECT id, name, kind FROM committees ORDER BY rowid'),
  listUnits: db.prepare<[], UnitRow>('SELECT id, name, type, committee_id FROM units ORDER BY rowid'),
  listCategories: db.prepare<[], CategoryRow>('SELECT id, name, parent_id FROM categories ORDER BY position'),
  listRules: db.prepare<[], RuleRow>('SELECT id, category_id, committee_id, unit_id FROM routing_rules ORDER BY rowid'),
  categoryName: db.prepare<[string], { name: string }>('SELECT name FROM categories WHERE id = ?'),
  categoryPosition: db.prepare<[string], { position: number }>('SELECT position FROM categories WHERE id = ?'),
  nextCategoryPosition: db.prepare<[], { next: number }>('SELECT coalesce(max(position), -1) + 1 AS next FROM categories'),
}));

/** The ids saves and actions check, per connection: read once, dropped by every write below. */
interface KnownIds {
  readonly units: ReadonlySet<string>;
  readonly committees: ReadonlySet<string>;
  readonly leafCategories: ReadonlySet<string>;
}
const known = new WeakMap<DB, KnownIds>();

/** Another connection (the sync worker's) changed the reference tables. */
export function forgetKnownIds(db: DB): void {
  known.delete(db);
}

function knownIds(db: DB): KnownIds {
  let ids = known.get(db);
  if (!ids) {
    const categories = listCategories(db);
    const parents = new Set(categories.map((c) => c.parentId));
    ids = {
      units: new Set(listUnits(db).map((u) => u.id)),
      committees: new Set(listCommittees(db).map((c) => c.id)),
      leafCategories: new Set(categories.filter((c) => !parents.has(c.id)).map((c) => c.id)),
    };
    known.set(db, ids);
  }
  return ids;
}

export function insertCommittee(db: DB, c: Committee): void {
  known.delete(db);
  sql(db).insertCommittee.run(c.id, c.name, c.kind);
}

export function insertUnit(db: DB, u: Unit): void {
  known.delete(db);
  sql(db).insertUnit.run(u.id, u.name, u.type, u.committeeId);
}

export function insertCategory(db: DB, c: Category, position: number): void {
  known.delete(db);
  sql(db).insertCategory.run(c.id, c.name, c.parentId, position);
}

export function insertRoutingRule(db: DB, r: RoutingRule): void {
  sql(db).insertRule.run(r.id, r.categoryId, r.committeeId, r.unitId);
}

export function listCommittees(db: DB): Committee[] {
  return sql(db).listCommittees.all();
}

export function listUnits(db: DB): Unit[] {
  return sql(db).listUnits.all().map((r) => ({ id: r.id, name: r.name, type: r.type, committeeId: r.committee_id }));
}

export function listCategories(db: DB): Category[] {
  return sql(db).listCategories.all().map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id }));
}

/** '' for an id the tree does not hold (a case filed before its category was removed). */
export function categoryName(db: DB, id: string): string {
  return sql(db).categoryName.get(id)?.name ?? '';
}

/** Where a category sits among the others; a new one goes last. */
export function categoryPosition(db: DB, id: string | null): number {
  const at = id === null ? undefined : sql(db).categoryPosition.get(id);
  return at?.position ?? sql(db).nextCategoryPosition.get()?.next ?? 0;
}

export function listRoutingRules(db: DB): RoutingRule[] {
  return sql(db)
    .listRules.all()
    .map((r) => ({ id: r.id, categoryId: r.category_id, committeeId: r.committee_id, unitId: r.unit_id }));
}

export function unitExists(db: DB, id: string): boolean {
  return knownIds(db).units.has(id);
}

export function committeeExists(db: DB, id: string): boolean {
  return knownIds(db).committees.has(id);
}

/** Cases are filed on leaves of the category tree only. */
export function isLeafCategory(db: DB, id: string): boolean {
  return knownIds(db).leafCategories.has(id);
}
