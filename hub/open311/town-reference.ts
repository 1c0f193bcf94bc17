import { z } from 'zod';
import { LocatedCommittee } from '../../shared/intake/locate';
import { leafCategoryIds } from '../../shared/reference/routing';
import { Category, RoutingRule, Unit } from '../../shared/reference/types';
import type { Client, Pool } from '../store/db';
import { referenceOfKind } from '../store/open311-requests';
import { serviceProfile } from './service-profile';
import type { Open311Value } from './xml';

/** The reference data of a town an Open311 answer needs, read fresh: admins edit it from their seats. */
export interface TownReference {
  readonly categories: readonly Category[];
  readonly leaves: ReadonlySet<string>;
  readonly parentOf: ReadonlyMap<string, string | null>;
  readonly units: ReadonlyMap<string, Unit>;
  readonly rules: readonly RoutingRule[];
  readonly committees: readonly LocatedCommittee[];
}

/** A record a newer seat wrote in a shape this hub does not know is left out, not fatal. */
async function parsedOfKind<T>(db: Pool | Client, townId: string, kind: string, schema: z.ZodType<T>): Promise<T[]> {
  const rows = await referenceOfKind<unknown>(db, townId, kind);
  return rows.flatMap((r) => {
    const parsed = schema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

const OrderedCategory = Category.extend({ order: z.number().optional() });

export async function loadTownReference(db: Pool | Client, townId: string): Promise<TownReference> {
  const categories = (await parsedOfKind(db, townId, 'category', OrderedCategory)).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const units = await parsedOfKind(db, townId, 'unit', Unit);
  return {
    categories,
    leaves: leafCategoryIds(categories),
    parentOf: new Map(categories.map((c) => [c.id, c.parentId])),
    units: new Map(units.map((u) => [u.id, u])),
    rules: await parsedOfKind(db, townId, 'routing_rule', RoutingRule),
    committees: await parsedOfKind(db, townId, 'committee', LocatedCommittee),
  };
}

/** GET services: the category tree's leaves, grouped under their parent. */
export function serviceList(ref: TownReference): Open311Value {
  const names = new Map(ref.categories.map((c) => [c.id, c.name]));
  return ref.categories
    .filter((c) => ref.leaves.has(c.id))
    .map((c) => {
      const group = c.parentId ? (names.get(c.parentId) ?? '') : '';
      return {
        service_code: c.id,
        service_name: c.name,
        description: group ? `${group} · ${c.name}` : c.name,
        metadata: serviceProfile(c.id).attributes.length > 0,
        type: 'realtime',
        keywords: [group, c.name].filter(Boolean).join(','),
        group,
      };
    });
}

/** GET services/{code}: the attributes a service asks for, in the order an app shows them. */
export function serviceDefinition(serviceCode: string): Open311Value {
  return {
    service_code: serviceCode,
    attributes: serviceProfile(serviceCode).attributes.map((a, i) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.datatype === 'datetime' ? 'W3C datetime, e.g. 2026-12-01T08:30:00+08:00' : null,
      order: i + 1,
      description: a.description,
      ...(a.values ? { values: a.values.map((v) => ({ key: v.key, name: v.name })) } : {}),
    })),
  };
}
