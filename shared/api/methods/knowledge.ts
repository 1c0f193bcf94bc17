import { z } from 'zod';
import { EntityId, limits } from '../../case/fields';
import { Empty, type MethodSpec } from './spec';

export const KnowledgeEntryView = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  keywords: z.array(z.string()).readonly(),
});

export const KnowledgeDraft = z
  .object({
    /** null: a new entry. */
    id: EntityId.nullable(),
    question: z.string().trim().min(1).max(200),
    answer: z.string().trim().min(1).max(limits.note),
    keywords: z.array(z.string().trim().min(1).max(20)).max(20),
  })
  .strict();

/** The knowledge base inquiries are answered from at intake. */
export const knowledgeMethods = {
  'knowledge:list': { input: Empty, output: z.object({ entries: z.array(KnowledgeEntryView) }), public: false },
  'knowledge:save': { input: KnowledgeDraft, output: KnowledgeEntryView, public: false },
  'knowledge:delete': { input: z.object({ id: EntityId }).strict(), output: z.object({}), public: false },
} as const satisfies Record<string, MethodSpec>;
