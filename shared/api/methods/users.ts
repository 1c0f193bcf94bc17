import { z } from 'zod';
import { EntityId, limits, text } from '../../case/fields';
import { Role, UserProfile } from '../../reference/types';
import { Empty, type MethodSpec } from './spec';

export const AccountView = UserProfile.extend({ disabled: z.boolean() });

export const userMethods = {
  /** Everyone who may log in at the town's seats, switched-off accounts included; never a password hash. */
  'users:list': { input: Empty, output: z.object({ accounts: z.array(AccountView) }), public: false },
  /** Adds a person (id null) or changes one; password '' keeps the current one. */
  'users:save': {
    input: z
      .object({
        id: EntityId.nullable(),
        username: text(limits.username, { min: 1 }).regex(/^[A-Za-z0-9._-]+$/),
        displayName: text(limits.name, { min: 1 }),
        role: Role,
        unitId: EntityId.nullable(),
        password: text(limits.password, { trim: false }),
      })
      .strict(),
    output: AccountView,
    public: false,
  },
  'users:setDisabled': { input: z.object({ userId: EntityId, disabled: z.boolean() }).strict(), output: AccountView, public: false },
  /** Accounts locked by failed logins, and until when: the admin tells their owners. */
  'users:locks': {
    input: Empty,
    output: z.object({ locked: z.array(UserProfile.extend({ lockedUntil: z.string() })) }),
    public: false,
  },
  /** Lifts a lock and clears the failure count; the admin's action, never the guesser's. */
  'users:unlock': { input: z.object({ userId: EntityId }).strict(), output: z.object({}), public: false },
} as const satisfies Record<string, MethodSpec>;
