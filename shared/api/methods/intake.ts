import { z } from 'zod';
import { EntityId, limits } from '../../case/fields';
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

const Phone = z.string().trim().max(limits.phone);
const Description = z.string().max(limits.description);

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
      .object({ phone: Phone, committeeId: EntityId, categoryId: EntityId.nullable(), description: Description })
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
        answer: z.string().trim().min(1).max(limits.note),
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
  /**
   * 紧急转接: files the call as a case of its own (status `transferred`, urgency raised to 特急),
   * with the service, who and when; category and committee only if already chosen.
   */
  'intake:emergencyTransfer': {
    input: z
      .object({
        case: NewCase.omit({ dispatchToUnitId: true, dismissedEmergency: true }).extend({
          categoryId: EntityId.nullable(),
          committeeId: EntityId.nullable(),
        }),
        service: z.enum(emergencyServices),
      })
      .strict(),
    output: CaseRecord,
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
        query: z.string().trim().min(1).max(100),
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
