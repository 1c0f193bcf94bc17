import { z } from 'zod';
import { UserProfile } from '../../reference/types';
import { Empty, type MethodSpec } from './spec';

const SessionView = z.object({ token: z.string(), user: UserProfile, expiresAt: z.string() });

export const authMethods = {
  'auth:login': {
    input: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }).strict(),
    output: SessionView,
    public: true,
  },
  'auth:logout': { input: Empty, output: z.object({}), public: false },
  'auth:session': { input: Empty, output: SessionView, public: false },
} as const satisfies Record<string, MethodSpec>;
