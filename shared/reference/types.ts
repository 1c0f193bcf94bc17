import { z } from 'zod';

export const roles = ['operator', 'dispatcher', 'supervisor', 'handler', 'admin'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const unitTypes = ['department', 'committee'] as const;

export const Unit = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(unitTypes),
  /** The committee a committee-type unit stands for, so routing can send a case to its own grid cell. */
  committeeId: z.string().nullable(),
});
export type Unit = z.infer<typeof Unit>;

export const Committee = z.object({ id: z.string(), name: z.string(), kind: z.enum(['residential', 'village']) });
export type Committee = z.infer<typeof Committee>;

export const Category = z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() });
export type Category = z.infer<typeof Category>;

export const RoutingRule = z.object({
  id: z.string(),
  categoryId: z.string(),
  /** null: the rule applies in every committee. */
  committeeId: z.string().nullable(),
  unitId: z.string(),
});
export type RoutingRule = z.infer<typeof RoutingRule>;

export const UserProfile = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  unitId: z.string().nullable(),
});
export type UserProfile = z.infer<typeof UserProfile>;

export const Town = z.object({ name: z.string(), demo: z.boolean(), seatCode: z.string() });
export type Town = z.infer<typeof Town>;
