import { z } from 'zod';
import { EntityId, limits, text } from '../../case/fields';
import { CaseRecord } from '../../case/record';
import { emergencyServices } from '../../intake/emergency';
import { CaseLine } from './case-line';
import { NewCase } from './cases';
import { Empty, type MethodSpec } from './spec';


const Phone = text(limits.phone);
const Description = text(limits.description, { trim: false });


export const CategorySuggestionView = z.object({ categoryId: z.string(), confidence: z.number() });

export const intakeMethods = {
  /** The caller's history, as soon as the number is typed: previous cases, open ones, calls in 30 days. */
  'intake:callerHistory': {
    input: z.object({ phone: Phone.min(1) }).strict(),
    output: z.object({
      e164: z.string(),
      display: z.string(),
      cases: z.array(CaseLine),
      openCount: z.number(),
      callsLast30Days: z.number(),
    }),
    public: false,
  },
  'intake:suggestCategories': {
    input: z.object({ description: Description }).strict(),
    output: z.object({
      suggestions: z.array(CategorySuggestionView),
      /** While the model still learns after a start: how far it is (no suggestions until it is done). */
      learning: z.object({ done: z.number().int().nonnegative(), total: z.number().int().positive() }).nullable(),
    }),
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
          case: CaseLine,
          reasons: z.array(z.enum(['same_phone', 'similar_text'])),
          similarity: z.number(),
        }),
      ),
      /** The committee's other open cases of the chosen category, newest first: shown as what is open there, not as repeats. */
      openOfCategory: z.array(CaseLine),
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
    // A repeat tells the main case's problem: linked before a category is chosen, it takes the main case's.
    input: z.object({ case: NewCase.extend({ categoryId: EntityId.nullable() }).strict(), mainCaseId: EntityId }).strict(),
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
} as const satisfies Record<string, MethodSpec>;
