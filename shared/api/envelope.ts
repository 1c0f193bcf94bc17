import { z } from 'zod';

export const languages = ['zh-CN', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/** One call as it crosses either transport: the session travels with every call after login. */
export const CallEnvelope = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  input: z.unknown(),
  session: z.string().max(128).nullable(),
  lang: Language.catch('zh-CN'),
});
export type CallEnvelope = z.infer<typeof CallEnvelope>;
