import { z } from 'zod';
import { loopPayloads } from '../../case/events';
import { EntityId, limits, text } from '../../case/fields';
import { CardColour } from '../../case/loop-vocabulary';
import { CaseRecord } from '../../case/record';
import { Empty, type MethodSpec } from './spec';

const Note = text(limits.note);
const Text = text(limits.description, { min: 1 });

/**
 * What a seat sends for each loop action. Mostly the event's own payload; what the core knows
 * better it fills in itself: the acting unit (a handler cannot sign or report for another), the
 * close reason, and the main case of a merge, picked by its number.
 */
export const actPayloads = {
  'case.accepted': Empty,
  'case.contacted': loopPayloads['case.contacted'].extend({ summary: Text }).strict(),
  'case.noted': z.object({ note: Text }).strict(),
  'case.replied': loopPayloads['case.replied'].extend({ result: Text, answer: Text, justification: Note }).strict(),
  'case.special_closure_ruled': loopPayloads['case.special_closure_ruled'].extend({ note: Note }).strict(),
  'case.conflict_ruled': loopPayloads['case.conflict_ruled'].extend({ note: Note }).strict(),
  'case.return_requested': loopPayloads['case.return_requested'].extend({ note: Text }).strict(),
  'case.return_ruled': loopPayloads['case.return_ruled'].extend({ note: Note }).strict(),
  'case.extension_requested': loopPayloads['case.extension_requested'].extend({ reason: Text }).strict(),
  'case.extension_ruled': loopPayloads['case.extension_ruled'].extend({ note: Note }).strict(),
  'case.whistled': loopPayloads['case.whistled'].extend({ question: Text }).strict(),
  'case.reported': z.object({ note: Note }).strict(),
  'case.callback_failed': loopPayloads['case.callback_failed'].extend({ note: Note }).strict(),
  'case.evaluated': loopPayloads['case.evaluated'].extend({ note: Note }).strict(),
  'case.reopened': loopPayloads['case.reopened'].extend({ reason: Note }).strict(),
  'case.closed': z.object({ note: Note }).strict(),
  'case.merged': z.object({ intoCaseNumber: text(limits.caseNumber, { min: 1 }) }).strict(),
  // 督办 by hand: the supervisor's card and what they want done; the core files it under the manual clock.
  'case.supervised': z.object({ card: CardColour, note: Text }).strict(),
  'case.flagged': loopPayloads['case.flagged'].extend({ note: Note }).strict(),
} as const;

/** The loop actions a seat can take through `cases:act` (dispatch has its own method). */
export type SeatAction = keyof typeof actPayloads;
export const seatActions = Object.keys(actPayloads) as SeatAction[];
export type ActPayload<A extends SeatAction> = z.input<(typeof actPayloads)[A]>;

const act = <A extends SeatAction>(action: A) =>
  z.object({ caseId: EntityId, action: z.literal(action), payload: actPayloads[action] }).strict();

export const CaseActInput = z.discriminatedUnion('action', [
  act('case.accepted'),
  act('case.contacted'),
  act('case.noted'),
  act('case.replied'),
  act('case.special_closure_ruled'),
  act('case.conflict_ruled'),
  act('case.return_requested'),
  act('case.return_ruled'),
  act('case.extension_requested'),
  act('case.extension_ruled'),
  act('case.whistled'),
  act('case.reported'),
  act('case.callback_failed'),
  act('case.evaluated'),
  act('case.reopened'),
  act('case.closed'),
  act('case.merged'),
  act('case.supervised'),
  act('case.flagged'),
]);
export type CaseActInput = z.infer<typeof CaseActInput>;

/** The longest text a form field of an action may hold, read from its schema so the form and the boundary agree. */
export function actFieldMaxLength(action: SeatAction, field: string): number | undefined {
  const schema: z.ZodType | undefined = (actPayloads[action].shape as Record<string, z.ZodType>)[field];
  return schema instanceof z.ZodString ? (schema.maxLength ?? undefined) : undefined;
}

const Queue = z.object({ items: z.array(CaseRecord) });

export const loopMethods = {
  'cases:act': { input: CaseActInput, output: CaseRecord, public: false },
  /** A handler's unit: its open cases and those it was whistled into. */
  'queues:unit': { input: Empty, output: Queue, public: false },
  /** Requests, conflicts and policy-limited dissatisfaction to rule on, oldest first. */
  'queues:supervisor': { input: Empty, output: Queue, public: false },
  /** Replied cases waiting for the callback, oldest reply first. */
  'queues:callback': { input: Empty, output: Queue, public: false },
} as const satisfies Record<string, MethodSpec>;
