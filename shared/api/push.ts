import { z } from 'zod';
import { LinkState } from '../sync/link-state';
import { menuCommands } from './commands';
import type { PushEventName } from './names';

/** Events the core pushes to every connected renderer; typed like the methods. */
export const pushEvents = {
  'cases:changed': z.object({ ids: z.array(z.string()) }),
  /** Units, committees, categories, rules or people changed, here or pulled from another seat: read `reference:get` again. */
  'reference:changed': z.object({}),
  'shell:command': z.object({ command: z.enum(menuCommands) }),
  'sync:state': LinkState,
} as const satisfies Record<PushEventName, z.ZodType>;
export type PushEvents = typeof pushEvents;
export type PushPayload<E extends PushEventName> = z.infer<PushEvents[E]>;
