import { z } from 'zod';
import { EntityId, limits, text } from '../../case/fields';
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
    question: text(limits.question, { min: 1 }),
    answer: text(limits.note, { min: 1 }),
    keywords: z.array(text(limits.keyword, { min: 1 })).max(20),
  })
  .strict();

/** The knowledge base inquiries are answered from at intake. */
export const knowledgeMethods = {
  'knowledge:list': { input: Empty, output: z.object({ entries: z.array(KnowledgeEntryView) }), public: false },
  'knowledge:save': { input: KnowledgeDraft, output: KnowledgeEntryView, public: false },
  'knowledge:delete': { input: z.object({ id: EntityId }).strict(), output: z.object({}), public: false },
} as const satisfies Record<string, MethodSpec>;
