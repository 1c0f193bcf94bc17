import { z } from 'zod';
import { EntityId, limits, text } from '../../case/fields';
import { CaseRecord } from '../../case/record';
import { CaseKind, CaseStatus } from '../../case/vocabulary';
import { emergencyServices } from '../../intake/emergency';
import { NewCase } from './cases';
import { Empty, type MethodSpec } from './spec';

/** A case as lists show it: enough to recognise it, without its history. */
export const CaseSummary = z.object({
  id: z.string(),
  number: z.string(),
  status: CaseStatus,
  registeredAt: z.string(),
  kind: CaseKind,
  categoryId: z.string(),
  committeeId: z.string(),
  responsibleUnitId: z.string().nullable(),
  callerName: z.string(),
  address: z.string(),
  description: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

const Phone = text(limits.phone);
const Description = text(limits.description, { trim: false });

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

export const CategorySuggestionView = z.object({ categoryId: z.string(), confidence: z.number() });

export const intakeMethods = {
  /** The caller's history, as soon as the number is typed: previous cases, open ones, calls in 30 days. */
  'intake:callerHistory': {
    input: z.object({ phone: Phone.min(1) }).strict(),
    output: z.object({
      e164: z.string(),
      display: z.string(),
      cases: z.array(CaseSummary),
      openCount: z.number(),
      callsLast30Days: z.number(),
    }),
    public: false,
  },
  'intake:suggestCategories': {
    input: z.object({ description: Description }).strict(),
    output: z.object({ suggestions: z.array(CategorySuggestionView) }),
    public: false,
  },
  'intake:retrainModel': {
    input: Empty,
    output: z.object({ samples: z.number(), categories: z.number(), source: z.enum(['cases', 'demo']), ms: z.number() }),
    public: false,
  },
  'intake:duplicates': {
    input: z
      .object({ phone: Phone, committeeId: EntityId, categoryId: EntityId, description: Description })
      .strict(),
    output: z.object({
      matches: z.array(
        z.object({
          case: CaseSummary,
          reasons: z.array(z.enum(['same_phone', 'similar_text'])),
          similarity: z.number(),
        }),
      ),
    }),
    public: false,
  },
  /** Files an inquiry answered at once from the knowledge base: the case ends as `answered`. */
  'intake:answer': {
    input: z
      .object({
        case: NewCase,
        knowledgeId: EntityId.nullable(),
        answer: text(limits.note, { min: 1 }),
      })
      .strict(),
    output: CaseRecord,
    public: false,
  },
  /** Files a repeat call as a linked child of an open case (重复件): nothing of it is lost. */
  'intake:fileRepeat': {
    input: z.object({ case: NewCase, mainCaseId: EntityId }).strict(),
    output: CaseRecord,
    public: false,
  },
  'intake:emergencyTransfer': {
    input: z
      .object({
        phone: Phone,
        description: text(limits.description, { min: 1 }),
        service: z.enum(emergencyServices),
      })
      .strict(),
    output: z.object({ id: z.string(), service: z.enum(emergencyServices), matched: z.array(z.string()) }),
    public: false,
  },
  'intake:templates': {
    input: Empty,
    output: z.object({ templates: z.array(z.object({ id: z.string(), key: z.string(), text: z.string() })) }),
    public: false,
  },
  'knowledge:list': { input: Empty, output: z.object({ entries: z.array(KnowledgeEntryView) }), public: false },
  'knowledge:save': { input: KnowledgeDraft, output: KnowledgeEntryView, public: false },
  'knowledge:delete': { input: z.object({ id: EntityId }).strict(), output: z.object({}), public: false },
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
    output: z.object({ hits: z.array(CaseSummary), next: z.number().nullable() }),
    public: false,
  },
} as const satisfies Record<string, MethodSpec>;
