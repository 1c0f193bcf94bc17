import { z } from 'zod';

export interface MethodSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  /** Callable without a session (only login). */
  readonly public: boolean;
}

export const Empty = z.object({}).strict();
