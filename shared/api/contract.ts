import { z } from 'zod';
import { CaseEvent } from '../case/events';
import { Caller, EntityId, limits } from '../case/fields';
import { CaseRecord } from '../case/record';
import { CaseKind, CaseStatus, Urgency } from '../case/vocabulary';
import { Category, Committee, RoutingRule, Town, Unit, UserProfile } from '../reference/types';
import type { MethodName } from './names';

interface MethodSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  /** Callable without a session (only login). */
  readonly public: boolean;
}

const Empty = z.object({}).strict();

const CaseView = CaseRecord;
export type CaseView = z.infer<typeof CaseView>;

const Note = z.string().trim().max(limits.note);

export const NewCase = z
  .object({
    kind: CaseKind,
    urgency: Urgency,
    categoryId: EntityId,
    committeeId: EntityId,
    caller: Caller,
    address: z.string().trim().max(limits.address),
    description: z.string().trim().min(1).max(limits.description),
    /** Dispatch in the same step (Ctrl+Enter): the case and its first dispatch commit together. */
    dispatchToUnitId: EntityId.nullable(),
  })
  .strict();
export type NewCase = z.infer<typeof NewCase>;

const SessionView = z.object({ token: z.string(), user: UserProfile, expiresAt: z.string() });

/**
 * The API contract: each method once, with its input and output schema. Electron IPC and the
 * browser-mode WebSocket bind the same handler table to it.
 */
export const contract = {
  'auth:login': {
    input: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }).strict(),
    output: SessionView,
    public: true,
  },
  'auth:logout': { input: Empty, output: z.object({}), public: false },
  'auth:session': { input: Empty, output: SessionView, public: false },
  'reference:get': {
    input: Empty,
    output: z.object({
      town: Town,
      units: z.array(Unit),
      committees: z.array(Committee),
      categories: z.array(Category),
      routingRules: z.array(RoutingRule),
      users: z.array(UserProfile),
    }),
    public: false,
  },
  'cases:create': { input: NewCase, output: CaseView, public: false },
  'cases:dispatch': {
    input: z.object({ caseId: EntityId, unitId: EntityId, note: Note.default('') }).strict(),
    output: CaseView,
    public: false,
  },
  'cases:get': {
    input: z.object({ caseId: EntityId }).strict(),
    output: z.object({ case: CaseView, events: z.array(CaseEvent) }),
    public: false,
  },
  'cases:list': {
    input: z
      .object({
        status: CaseStatus.nullable().default(null),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ items: z.array(CaseView), total: z.number() }),
    public: false,
  },
} as const satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
