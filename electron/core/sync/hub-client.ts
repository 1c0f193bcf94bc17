import { z } from 'zod';
import { IsoTime } from '../../../shared/case/events';
import type { SyncErrorCode } from '../../../shared/sync/link-state';
import {
  EnrollResponse,
  Health,
  HubError,
  MAX_PULL_ITEMS,
  PushResponse,
  SYNC_PROTOCOL_VERSION,
  type EnrollRequest,
  type PushRequest,
} from '../../../shared/sync/wire';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    /** The hub's own error code, when it refused with one (shared/sync/wire.ts HubError). */
    readonly hubCode: HubError['error']['code'] | null = null,
    /** The hub's Retry-After (a busy or rate-limited hub): the scheduler waits at least this long. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/**
 * A pull answer as it crosses the wire: the envelope is checked here, each item on its own when
 * it is applied (apply-pull.ts), so one bad item is quarantined instead of failing the batch.
 */
export const RawPullResponse = z.object({
  items: z.array(z.unknown()).max(MAX_PULL_ITEMS),
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
  hubTime: IsoTime,
});
export type RawPullResponse = z.infer<typeof RawPullResponse>;

export interface HubClient {
  enroll(code: string, label: string, seatCode: string): Promise<z.infer<typeof EnrollResponse>>;
  push(events: readonly unknown[], sentAt: string, reference?: readonly unknown[]): Promise<PushResponse>;
  pull(after: number, limit: number): Promise<RawPullResponse>;
  health(): Promise<z.infer<typeof Health>>;
}

/** A hub that does not answer within this is treated as unreachable for the round. */
const REQUEST_TIMEOUT_MS = 15_000;
/** An answer larger than this is refused unread: the hub is outside input. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/** The seat's side of shared/sync/wire.ts over HTTP(S), with the seat's credential on every call. */
export function createHubClient(hubUrl: string, credential: string | null): HubClient {
  const base = hubUrl.replace(/\/+$/, '');
  const request = async <T>(path: string, schema: z.ZodType<T>, init: { method: 'GET' | 'POST'; body?: unknown; auth: boolean }) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.auth) {
      if (!credential) throw new SyncError('not_enrolled', 'This seat has no hub credential');
      headers.authorization = `Bearer ${credential}`;
    }
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method: init.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new SyncError(timedOut ? 'hub_timeout' : 'hub_unreachable', error instanceof Error ? error.message : String(error));
    }
    const text = await readBounded(response);
    if (response.status === 401 || response.status === 403) throw new SyncError('hub_unauthorized', `Hub answered ${response.status}`);
    if (!response.ok) throw new SyncError('hub_refused', `Hub answered ${response.status}: ${text.slice(0, 200)}`, hubErrorCode(text), retryAfterMs(response));
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SyncError('hub_bad_answer', `Hub answered ${path} with something that is not JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new SyncError('hub_bad_answer', `Hub's answer to ${path} does not match the wire contract`);
    return parsed.data;
  };
  return {
    enroll: (code, label, seatCode) =>
      request('/v1/seats/enroll', EnrollResponse, { method: 'POST', body: { code, label, seatCode } satisfies EnrollRequest, auth: false }),
    push: (events, sentAt, reference = []) =>
      request('/v1/sync/push', PushResponse, {
        method: 'POST',
        body: { protocol: SYNC_PROTOCOL_VERSION, sentAt, events: [...events], reference: [...reference] } satisfies PushRequest,
        auth: true,
      }),
    pull: (after, limit) => request(`/v1/sync/pull?after=${after}&limit=${limit}`, RawPullResponse, { method: 'GET', auth: true }),
    health: () => request('/v1/health', Health, { method: 'GET', auth: false }),
  };
}

/** Retry-After in seconds (the hub never sends the date form); bounded, so a hostile answer cannot park the seat for days. */
function retryAfterMs(response: Response): number | null {
  const seconds = Number(response.headers.get('retry-after'));
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.min(seconds, 600) * 1000;
}

function hubErrorCode(text: string): HubError['error']['code'] | null {
  try {
    const parsed = HubError.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.error.code : null;
  } catch {
    return null;
  }
}

/** Reads the body, stopping at MAX_ANSWER_BYTES so an endless answer cannot fill the seat's memory. */
async function readBounded(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new SyncError('hub_bad_answer', 'Hub answer is too large');
    }
    text += decoder.decode(value, { stream: true });
  }
}
