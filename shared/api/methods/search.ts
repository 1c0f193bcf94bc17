import { z } from 'zod';
import { EntityId, limits, text } from '../../case/fields';
import { CaseStatus } from '../../case/vocabulary';
import { CaseLine } from './case-line';
import type { MethodSpec } from './spec';

export const searchMethods = {
  /** Substring search, newest first, one page at a time (`before`: the last page's cursor). */
  'search:cases': {
    input: z
      .object({
        query: text(limits.searchQuery, { min: 1 }),
        status: CaseStatus.nullable().default(null),
        unitId: EntityId.nullable().default(null),
        from: z.iso.datetime().nullable().default(null),
        to: z.iso.datetime().nullable().default(null),
        before: z.number().int().positive().nullable().default(null),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ hits: z.array(CaseLine), next: z.number().nullable() }),
    public: false,
  },
} as const satisfies Record<string, MethodSpec>;
