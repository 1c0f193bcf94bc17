import { z } from 'zod';
import { EntityId, limits, text } from '../../case/fields';
import { CardColour } from '../../case/loop-vocabulary';
import { CustodyStretch } from '../../case/record';
import { LocalOverride } from '../../sla/calendar';
import { CalendarChange } from '../../sla/calendar-change';
import { clockKinds } from '../../sla/case-clocks';
import { Day } from '../../sla/day';
import { SlaPolicy } from '../../sla/policy';
import { yearScheduleIssueCodes } from '../../sla/year-schedule';
import type { MethodSpec } from './spec';
import { Empty } from './spec';

/** A clock as stored with its case (see shared/sla/case-clocks.ts). */
export const StoredClock = z.object({
  caseId: z.string(),
  clock: z.string(),
  kind: z.enum(clockKinds),
  unitId: z.string().nullable(),
  startedAt: z.string(),
  deadline: z.string(),
  endedAt: z.string().nullable(),
  /** 0 none, 1 yellow, 2 red: the cards this clock's current lapse has had. */
  cardLevel: z.number(),
});
export type StoredClock = z.infer<typeof StoredClock>;

export const CardRow = z.object({
  caseId: z.string(),
  number: z.string(),
  clock: z.string(),
  card: CardColour,
  at: z.string(),
  unitId: z.string().nullable(),
});
export type CardRow = z.infer<typeof CardRow>;

const CalendarWarning = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('calendar_running_out'), coveredThrough: Day, daysLeft: z.number() }),
    z.object({ code: z.literal('calendar_ran_out'), coveredThrough: Day }),
  ])
  .nullable();

export const Now = z.object({ now: z.string() });
const CaseIdInput = z.object({ caseId: EntityId }).strict();

export const slaMethods = {
  /** The core's time (a seat's countdowns follow it, not the seat's own clock) and the calendar warning. */
  'sla:status': { input: Empty, output: Now.extend({ calendarWarning: CalendarWarning }), public: false },
  'sla:caseClocks': {
    input: CaseIdInput,
    output: Now.extend({ policyVersion: z.number(), clocks: z.array(StoredClock), custody: z.array(CustodyStretch) }),
    public: false,
  },
  /** The nearest running clock of each listed case, for list rows and queues sorted by time to breach. */
  'sla:nearest': {
    input: z.object({ caseIds: z.array(EntityId).max(500) }).strict(),
    output: Now.extend({ clocks: z.array(StoredClock) }),
    public: false,
  },
  /** Running clocks about to warn or already warning, for the seat's non-modal notifications. */
  'sla:alerts': { input: Empty, output: Now.extend({ clocks: z.array(StoredClock.extend({ number: z.string() })) }), public: false },
  'sla:cards': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.object({ cards: z.array(CardRow) }),
    public: false,
  },
  'sla:policies': {
    input: Empty,
    output: z.object({
      policies: z.array(z.object({ policy: SlaPolicy, savedAt: z.string(), savedBy: z.string() })),
    }),
    public: false,
  },
  /** Saves the rules as a new version, in force for cases registered from `effectiveFrom` (default: now). */
  'sla:savePolicy': {
    input: z.object({ rules: SlaPolicy.shape.rules, dispatch: SlaPolicy.shape.dispatch, effectiveFrom: z.iso.datetime({ offset: true }).nullable().default(null) }).strict(),
    output: SlaPolicy,
    public: false,
  },
  'sla:calendar': {
    input: Empty,
    output: z.object({
      overrides: z.array(LocalOverride),
      loadedYears: z.array(z.object({ year: z.number(), notice: z.string().nullable() })),
      coveredThrough: Day,
      warning: CalendarWarning,
      history: z.array(z.object({ at: z.string(), by: z.string(), change: CalendarChange })),
    }),
    public: false,
  },
  'sla:saveOverride': { input: LocalOverride.strict(), output: Empty, public: false },
  'sla:removeOverride': { input: z.object({ date: Day }).strict(), output: Empty, public: false },
  /** Loads next year's official schedule from a file's text; every problem in it is reported. */
  'sla:loadYear': {
    input: z.object({ text: text(limits.yearScheduleFile, { trim: false }) }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), year: z.number() }),
      z.object({
        ok: z.literal(false),
        issues: z.array(
          z.object({
            code: z.enum(yearScheduleIssueCodes),
            path: z.string().optional(),
            date: z.string().optional(),
            expected: z.number().optional(),
          }),
        ),
      }),
    ]),
    public: false,
  },
} as const satisfies Record<string, MethodSpec>;
