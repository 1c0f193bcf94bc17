import type { LinkState } from '../../../shared/sync/link-state';

/** What the main thread hands the sync worker at start. The credential never touches the database. */
export interface SyncWorkerData {
  readonly dbFile: string;
  readonly hubUrl: string;
  readonly credential: string;
  readonly seatCode: string;
  readonly debounceMs?: number;
  readonly idlePullMs?: number;
  readonly firstBackoffMs?: number;
}

export type ToWorker = { readonly type: 'nudge' } | { readonly type: 'stop' };

export type FromWorker =
  | { readonly type: 'state'; readonly state: LinkState }
  /** Peer events stored and their cases queued for projection (docs/decisions/0010). */
  | { readonly type: 'applied'; readonly caseIds: readonly string[]; readonly maxHlc: string | null; readonly references: number }
  | { readonly type: 'round-failed'; readonly code: string; readonly message: string; readonly retryInMs: number }
  | { readonly type: 'stopped' };
