import { z } from 'zod';

/** Events the core pushes to every connected renderer; typed like the methods. */
export const pushEvents = {
  'cases:changed': z.object({ ids: z.array(z.string()) }),
} as const;
export type PushEvents = typeof pushEvents;
export type PushEventName = keyof PushEvents;
export type PushPayload<E extends PushEventName> = z.infer<PushEvents[E]>;
export const pushEventNames = Object.keys(pushEvents) as PushEventName[];

export function isPushEventName(name: unknown): name is PushEventName {
  return typeof name === 'string' && Object.hasOwn(pushEvents, name);
}
