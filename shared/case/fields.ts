import { z } from 'zod';

/** Length limits shared by the form, the API boundary and sync peers. */
export const limits = {
  description: 4000,
  name: 64,
  address: 200,
  phone: 32,
  note: 2000,
  id: 64,
} as const;

export const EntityId = z.string().trim().min(1).max(limits.id);

export const Caller = z.object({
  phone: z.string().trim().max(limits.phone),
  name: z.string().trim().max(limits.name),
});
export type Caller = z.infer<typeof Caller>;
