import { z } from 'zod';
import { CaseEvent, EmergencyDismissed } from '../../case/events';
import { Caller, EntityId, limits, text } from '../../case/fields';
import { CaseRecord } from '../../case/record';
import { CaseKind, CaseStatus, Urgency } from '../../case/vocabulary';
import type { MethodSpec } from './spec';

export const NewCase = z
  .object({
    kind: CaseKind,
    urgency: Urgency,
    categoryId: EntityId,
    committeeId: EntityId,
    caller: Caller,
    address: text(limits.address),
    description: text(limits.description, { min: 1 }),
    /** Dispatch in the same step (Ctrl+Enter): the case and its first dispatch commit together. */
    dispatchToUnitId: EntityId.nullable(),
    /** The operator dismissed an emergency prompt as a false alarm: recorded on the case, for review. */
    dismissedEmergency: EmergencyDismissed.nullable().default(null),
  })
  .strict();
export type NewCase = z.infer<typeof NewCase>;

const Note = text(limits.note);

export const caseMethods = {
  'cases:create': { input: NewCase, output: CaseRecord, public: false },
  'cases:dispatch': {
    input: z.object({ caseId: EntityId, unitId: EntityId, note: Note.default('') }).strict(),
    output: CaseRecord,
    public: false,
  },
  'cases:get': {
    input: z.object({ caseId: EntityId }).strict(),
    output: z.object({
      case: CaseRecord,
      events: z.array(CaseEvent),
      /** Events written on a seat clock off the hub's by more than MAX_SEAT_SKEW_MS: event id → hub − seat ms. */
      skewedEvents: z.record(z.string(), z.number().int()).default({}),
    }),
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
    output: z.object({ items: z.array(CaseRecord), total: z.number() }),
    public: false,
  },
} as const satisfies Record<string, MethodSpec>;
