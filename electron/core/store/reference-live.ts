import { z } from 'zod';
import { Category, Committee, RoutingRule, Unit, UserProfile } from '../../../shared/reference/types';
import type { ReferenceRecord } from '../../../shared/sync/wire';
import { preparedFor, type DB } from './db';
import { applySettingsRecord, isSettingsKind } from './reference-settings';
import { assertNever } from '../../../shared/util/assert-never';

/** The hub's record shapes: categories carry their place among siblings, users their password hash (to log in offline). */
export const CategoryRecord = Category.extend({ order: z.number().int().nonnegative() });
/** `disabled` is absent on records written before accounts could be switched off: those are in use. */
export const UserRecord = UserProfile.extend({ passwordHash: z.string().min(1), disabled: z.boolean().optional() });
export type UserRecord = z.infer<typeof UserRecord>;

const sql = preparedFor((db) => ({
  committee: db.prepare<[string, string, string]>(
    'INSERT INTO committees (id, name, kind) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind',
  ),
  unit: db.prepare<[string, string, string, string | null]>(
    `INSERT INTO units (id, name, type, committee_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, committee_id = excluded.committee_id`,
  ),
  category: db.prepare<[string, string, string | null, number]>(
    `INSERT INTO categories (id, name, parent_id, position) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id, position = excluded.position`,
  ),
  rule: db.prepare<[string, string, string | null, string]>(
    `INSERT INTO routing_rules (id, category_id, committee_id, unit_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET category_id = excluded.category_id, committee_id = excluded.committee_id, unit_id = excluded.unit_id`,
  ),
  // A user's lockout counters are this seat's own: a record from the hub replaces the profile and the hash only.
  dropRule: db.prepare<[string]>('DELETE FROM routing_rules WHERE id = ?'),
  user: db.prepare<[string, string, string, string, string | null, string, number]>(
    `INSERT INTO users (id, username, display_name, role, unit_id, password_hash, disabled) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name,
       role = excluded.role, unit_id = excluded.unit_id, password_hash = excluded.password_hash, disabled = excluded.disabled`,
  ),
}));

export class ReferenceShapeError extends Error {}

function shaped<T>(schema: z.ZodType<T>, record: ReferenceRecord): T {
  const parsed = schema.safeParse(record.data);
  if (!parsed.success || (parsed.data as { id?: unknown }).id !== record.id) {
    throw new ReferenceShapeError(`${record.kind} ${record.id}: not the shape this seat keeps`);
  }
  return parsed.data;
}

/**
 * Writes a winning reference record into the table the seat works from, so a unit, user,
 * category or setting edited elsewhere is in force here too. A routing rule's tombstone removes
 * it (no case points at a rule); those of units, users and the like are only kept in the record
 * history: cases and users still point at what was deleted. The settings' own rules are in
 * reference-settings.ts.
 */
export function applyToLiveTables(db: DB, record: ReferenceRecord): void {
  const s = sql(db);
  const kind = record.kind;
  if (record.data === null && kind === 'routing_rule') {
    s.dropRule.run(record.id);
    return;
  }
  if (record.data === null && !isSettingsKind(kind)) return;
  switch (kind) {
    case 'sla_policy':
    case 'calendar':
    case 'knowledge':
    case 'synonym':
    case 'assessment_rule':
      applySettingsRecord(db, { ...record, kind });
      return;
    case 'committee': {
      const c = shaped(Committee, record);
      s.committee.run(c.id, c.name, c.kind);
      return;
    }
    case 'unit': {
      const u = shaped(Unit, record);
      s.unit.run(u.id, u.name, u.type, u.committeeId);
      return;
    }
    case 'category': {
      const c = shaped(CategoryRecord, record);
      s.category.run(c.id, c.name, c.parentId, c.order);
      return;
    }
    case 'routing_rule': {
      const r = shaped(RoutingRule, record);
      s.rule.run(r.id, r.categoryId, r.committeeId, r.unitId);
      return;
    }
    case 'user': {
      const u = shaped(UserRecord, record);
      s.user.run(u.id, u.username, u.displayName, u.role, u.unitId, u.passwordHash, u.disabled ? 1 : 0);
      return;
    }
    default:
      assertNever(kind);
  }
}
