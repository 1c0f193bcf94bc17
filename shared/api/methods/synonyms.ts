import { z } from 'zod';
import { EntityId } from '../../case/fields';
import { Empty, type MethodSpec } from './spec';

const Word = z.string().trim().min(1).max(20);

export const SynonymGroupView = z.object({ id: z.string(), term: z.string(), forms: z.array(z.string()).readonly() });

export const SynonymDraft = z
  .object({
    /** null: a new group. */
    id: EntityId.nullable(),
    term: Word,
    forms: z.array(Word).min(1).max(20),
  })
  .strict();

/** The admin's synonym list, read by search and the duplicate check. */
export const synonymMethods = {
  'synonyms:list': { input: Empty, output: z.object({ groups: z.array(SynonymGroupView) }), public: false },
  'synonyms:save': { input: SynonymDraft, output: SynonymGroupView, public: false },
  'synonyms:delete': { input: z.object({ id: EntityId }).strict(), output: z.object({}), public: false },
} as const satisfies Record<string, MethodSpec>;
