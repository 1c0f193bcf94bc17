import { z } from 'zod';

/**
 * What the seat shows of its link to the hub, always (DESIGN §7): pushed as `sync:state` and
 * answered by `sync:status`.
 */
export const LinkState = z.object({
  /** unenrolled: no hub yet; offline: the last round failed; syncing: a round is pushing this seat's events. */
  link: z.enum(['unenrolled', 'online', 'offline', 'syncing']),
  offlineSince: z.string().nullable(),
  /** This seat's events, and reference edits it pushes, the hub has not acknowledged yet. */
  outbox: z.number().int().nonnegative(),
  quarantined: z.number().int().nonnegative(),
  /** Reference edits made at this seat that it may not push (it is not an admin seat): in force here only. */
  referenceHeld: z.number().int().nonnegative().default(0),
  /** hub − seat clock offset at the last push; beyond MAX_SEAT_SKEW_MS the seat is warned. */
  skewMs: z.number().nullable(),
  skewed: z.boolean(),
  lastSuccessAt: z.string().nullable(),
  lastFailureAt: z.string().nullable(),
  /** A sync error code (SyncErrorCode), for the settings page. */
  lastError: z.string().nullable(),
});
export type LinkState = z.infer<typeof LinkState>;

export const QuarantineEntry = z.object({
  id: z.number(),
  /** pull: an item the hub sent that this seat refused; push: an event of ours the hub refused. */
  direction: z.enum(['pull', 'push']),
  hubSeq: z.number().nullable(),
  eventId: z.string().nullable(),
  reason: z.string(),
  detail: z.string(),
  /** The item as received, truncated. */
  item: z.string(),
  at: z.string(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

/** Why a round failed, for the link state and the settings page (translated in the UI). */
export const syncErrorCodes = [
  'hub_unreachable',
  'hub_timeout',
  'hub_refused',
  'hub_unauthorized',
  'hub_bad_answer',
  'not_enrolled',
  'internal',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

const shanghaiClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** HH:MM of an instant in Asia/Shanghai, the hotline's time, whatever the machine's zone. */
export function shanghaiHourMinute(iso: string): string {
  return shanghaiClock.format(new Date(iso));
}
