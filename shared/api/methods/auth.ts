import { z } from 'zod';
import { limits, text } from '../../case/fields';
import { UserProfile } from '../../reference/types';
import { Empty, type MethodSpec } from './spec';

const SessionView = z.object({ token: z.string(), user: UserProfile, expiresAt: z.string() });

export const authMethods = {
  'auth:login': {
    input: z.object({ username: text(limits.username, { min: 1 }), password: text(limits.password, { min: 1, trim: false }) }).strict(),
    output: SessionView,
    public: true,
  },
  'auth:logout': { input: Empty, output: z.object({}), public: false },
  'auth:session': { input: Empty, output: SessionView, public: false },
  /** Whose desk this seat is, for the login form before anyone logs in: the unit's name, or null at a hotline seat. */
  'auth:seat': { input: Empty, output: z.object({ unitDesk: z.string().nullable() }), public: true },
} as const satisfies Record<string, MethodSpec>;
