import { z } from 'zod';
import { EntityId, limits, text } from '../../case/fields';
import { Category, Committee, RoutingRule, Town, Unit, unitTypes, UserProfile } from '../../reference/types';
import { Empty, type MethodSpec } from './spec';

export const referenceMethods = {
  'reference:get': {
    input: Empty,
    output: z.object({
      town: Town,
      units: z.array(Unit),
      committees: z.array(Committee),
      categories: z.array(Category),
      routingRules: z.array(RoutingRule),
      users: z.array(UserProfile),
    }),
    public: false,
  },
  /** The administrator's set-up of the town (id null: a new one); each save syncs as a reference record. */
  'reference:saveCommittee': {
    input: z.object({ id: EntityId.nullable(), name: text(limits.name, { min: 1 }), kind: Committee.shape.kind }).strict(),
    /** A new committee comes with its own desk (a committee-type unit); a rename leaves the desk as it is. */
    output: z.object({ committee: Committee, desk: Unit.nullable() }),
    public: false,
  },
  'reference:saveUnit': {
    input: z.object({ id: EntityId.nullable(), name: text(limits.name, { min: 1 }), type: z.enum(unitTypes), committeeId: EntityId.nullable() }).strict(),
    output: Unit,
    public: false,
  },
  'reference:saveCategory': {
    input: z.object({ id: EntityId.nullable(), name: text(limits.name, { min: 1 }), parentId: EntityId.nullable() }).strict(),
    output: Category,
    public: false,
  },
  'reference:saveRoutingRule': {
    input: z.object({ id: EntityId.nullable(), categoryId: EntityId, committeeId: EntityId.nullable(), unitId: EntityId }).strict(),
    output: RoutingRule,
    public: false,
  },
  'reference:deleteRoutingRule': { input: z.object({ id: EntityId }).strict(), output: z.object({}), public: false },
} as const satisfies Record<string, MethodSpec>;
