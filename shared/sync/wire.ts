import { z } from 'zod';
import { CaseEvent, HlcText, IsoTime } from '../case/events';

/**
 * The sync wire between a seat and the hub (DESIGN §7). Both sides validate with these schemas;
 * the hub answers every request as JSON, errors as `{ error: { code, message } }`.
 *
 *   POST /v1/seats/enroll     EnrollRequest → EnrollResponse        (no credential yet: the one-time code)
 *   POST /v1/sync/push        PushRequest   → PushResponse          Authorization: Bearer <credential>
 *   GET  /v1/sync/pull?after=SEQ&limit=N   → PullResponse          Authorization: Bearer <credential>
 *   GET  /v1/health                        → Health
 *   POST /v1/admin/enrollment-codes  EnrollCodeRequest → EnrollCodeResponse   (an admin seat's credential)
 *   POST /v1/admin/seats/:seatCode/revoke             → { revoked: boolean }   (an admin seat's credential)
 */
export const SYNC_PROTOCOL_VERSION = 1;
/** Events in one push, and items in one pull: batches bound the memory of both ends. */
export const MAX_PUSH_EVENTS = 500;
export const MAX_PULL_ITEMS = 1000;
/** A push body larger than this is refused before it is parsed. */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;
/** A seat whose clock is off the hub's by more than this is warned and its events flagged. */
export const MAX_SEAT_SKEW_MS = 5 * 60 * 1000;
/** An event dated further ahead of the hub than this is quarantined as future-dated. */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

export const SeatScope = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('town') }),
  z.object({ scope: z.literal('unit'), unitId: z.string().min(1).max(64) }),
]);
export type SeatScope = z.infer<typeof SeatScope>;

/** A seat code: the HLC node and case-number prefix every event of the seat carries. */
export const SeatCode = z.string().regex(/^[A-Z0-9]{2,8}$/);

export const EnrollRequest = z.object({
  code: z.string().min(8).max(64),
  /** What the seat calls itself on its screens. */
  label: z.string().min(1).max(80),
  /**
   * The code the seat has filed under since its first start. The hub keeps it when no other
   * seat holds it (else refuses with `seat_code_taken`); without it the hub assigns the next free one.
   */
  seatCode: SeatCode.optional(),
});
export type EnrollRequest = z.infer<typeof EnrollRequest>;
export const EnrollResponse = z.object({
  seatId: z.string(),
  /** Case numbers and HLC node: GH01, GH02, … */
  seatCode: z.string(),
  townId: z.string(),
  scope: SeatScope,
  /** May push reference data and manage seats (an admin's seat at the hotline centre). */
  admin: z.boolean().default(false),
  /** Shown once; the hub keeps only its hash. */
  credential: z.string().min(32),
});
export type EnrollResponse = z.infer<typeof EnrollResponse>;

export const EnrollCodeRequest = z.object({ scope: SeatScope, admin: z.boolean().default(false) });
export type EnrollCodeRequest = z.infer<typeof EnrollCodeRequest>;
export const EnrollCodeResponse = z.object({ code: z.string(), expiresAt: IsoTime });
export type EnrollCodeResponse = z.infer<typeof EnrollCodeResponse>;

/** Every refused request: `{ error: { code, message } }` with an HTTP status to match. */
export const hubErrorCodes = [
  'bad_request',
  'unauthenticated',
  'forbidden',
  'invalid_code',
  'seat_code_taken',
  'not_found',
  'payload_too_large',
  'rate_limited',
  'protocol_unsupported',
  'unavailable',
  /** The town's queue of pushes on this hub is full: 503 with Retry-After. */
  'busy',
  'internal',
] as const;
export const HubError = z.object({ error: z.object({ code: z.enum(hubErrorCodes), message: z.string() }) });
export type HubError = z.infer<typeof HubError>;

/**
 * Reference data travels as its own stream, last-writer-wins per record by HLC: units, users
 * (with password hashes, so a seat logs in offline), committees, categories, routing rules, SLA
 * policies (with their dispatch limits), calendar days and loaded years, knowledge base, synonym
 * groups, assessment rules. An admin seat pushes the ones edited at it.
 */
export const referenceKinds = [
  'unit',
  'committee',
  'category',
  'routing_rule',
  'user',
  'sla_policy',
  'calendar',
  'knowledge',
  'synonym',
  'assessment_rule',
] as const;
export const ReferenceRecord = z.object({
  kind: z.enum(referenceKinds),
  id: z.string().min(1).max(64),
  hlc: HlcText,
  /** null: the record was deleted (a tombstone, so deletes sync too). */
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type ReferenceRecord = z.infer<typeof ReferenceRecord>;

/** How a pushed reference record is named in `acknowledged` and `rejected`: one write of one record. */
export function referenceKey(r: Pick<ReferenceRecord, 'kind' | 'id' | 'hlc'>): string {
  return `${r.kind}:${r.id}@${r.hlc}`;
}

export const PushRequest = z.object({
  protocol: z.literal(SYNC_PROTOCOL_VERSION),
  /** The seat's wall clock when it sent the batch, for the skew check. */
  sentAt: IsoTime,
  /** Validated one by one on the hub: one bad event is quarantined, never the batch. */
  events: z.array(z.unknown()).max(MAX_PUSH_EVENTS),
  reference: z.array(z.unknown()).max(MAX_PUSH_EVENTS).default([]),
});
export type PushRequest = z.infer<typeof PushRequest>;

export const RejectReason = z.enum(['invalid', 'forged_seat', 'unknown_actor', 'future_dated', 'newer_version', 'forbidden']);
export type RejectReason = z.infer<typeof RejectReason>;

export const PushResponse = z.object({
  /** Stored now or already held (events by id, reference writes by referenceKey): these leave the seat's outbox. */
  acknowledged: z.array(z.string()),
  /** Quarantined on the hub with a reason: these leave the outbox too, and the seat shows them. */
  rejected: z.array(z.object({ id: z.string(), reason: RejectReason, detail: z.string().max(500) })),
  hubTime: IsoTime,
  /** hubTime − sentAt beyond MAX_SEAT_SKEW_MS: the seat warns its user. */
  skewMs: z.number(),
});
export type PushResponse = z.infer<typeof PushResponse>;

export const PullItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('event'),
    seq: z.number().int().positive(),
    event: CaseEvent,
    /**
     * The pushing seat's clock was off the hub's by more than MAX_SEAT_SKEW_MS (hub − seat, as
     * PushResponse.skewMs) when the hub took the event: every seat shows the event's times as suspect.
     */
    skewMs: z.number().int().optional(),
  }),
  z.object({ kind: z.literal('reference'), seq: z.number().int().positive(), record: ReferenceRecord }),
]);
export type PullItem = z.infer<typeof PullItem>;

export const PullResponse = z.object({
  items: z.array(PullItem).max(MAX_PULL_ITEMS),
  /** The seat stores this and asks `after=cursor` next; never past an uncommitted sequence. */
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
  hubTime: IsoTime,
});
export type PullResponse = z.infer<typeof PullResponse>;

export const Health = z.object({ ok: z.boolean(), version: z.string(), hubTime: IsoTime });
export type Health = z.infer<typeof Health>;
