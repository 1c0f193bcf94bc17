import { z } from 'zod';
import { EntityId } from '../../case/fields';
import { UserProfile } from '../../reference/types';
import { Empty, type MethodSpec } from './spec';

export const userMethods = {
  /** Accounts locked by failed logins, and until when: the admin tells their owners. */
  'users:locks': {
    input: Empty,
    output: z.object({ locked: z.array(UserProfile.extend({ lockedUntil: z.string() })) }),
    public: false,
  },
  /** Lifts a lock and clears the failure count; the admin's action, never the guesser's. */
  'users:unlock': { input: z.object({ userId: EntityId }).strict(), output: z.object({}), public: false },
} as const satisfies Record<string, MethodSpec>;
