import type { DB } from '../store/db';
import { getSyncState, recordSyncFailure, recordSyncSuccess } from '../store/sync-state';
import { applyPull, type AppliedPull } from './apply-pull';
import { SyncError, type HubClient } from './hub-client';
import { pushOutboxBatch } from './push-outbox';

/** Items asked for per pull: each answer is applied in one transaction, kept short for the main thread's writes. */
export const PULL_LIMIT = 500;

export interface RoundDeps {
  readonly db: DB;
  readonly client: HubClient;
  readonly seatCode: string;
  readonly nowMs: () => number;
  /** After each batch, with how many events left the outbox in it: the link state may have changed. */
  readonly progress: (settled: number) => void;
  /** After each pull that stored new events or reference records. */
  readonly applied: (pull: AppliedPull) => void;
}

export interface RoundResult {
  readonly pushed: number;
  readonly pulled: number;
}

/**
 * One sync round: the whole outbox pushed a batch at a time, then every new item pulled a page
 * at a time. Only one batch is in memory at once, however long the backlog. A failure is
 * recorded (the link shows offline since the first one) and thrown to the scheduler's backoff.
 */
export async function runSyncRound(d: RoundDeps): Promise<RoundResult> {
  let pushed = 0;
  let pulled = 0;
  try {
    for (;;) {
      const batch = await pushOutboxBatch(d.db, d.client, d.seatCode, d.nowMs);
      if (!batch) break;
      pushed += batch.settled;
      reached(d, batch.settled);
    }
    for (;;) {
      const after = getSyncState(d.db).cursor;
      const answer = await d.client.pull(after, PULL_LIMIT);
      const result = applyPull(d.db, answer, d.nowMs());
      pulled += result.applied;
      if (result.applied > 0 || result.references > 0) d.applied(result);
      reached(d, 0);
      if (!answer.more) break;
      // "More" without moving the cursor would keep this seat pulling the same page forever.
      if (answer.cursor <= after) throw new SyncError('hub_bad_answer', 'The hub says there is more but did not move the cursor');
    }
    recordSyncSuccess(d.db, new Date(d.nowMs()).toISOString());
    d.progress(0);
    return { pushed, pulled };
  } catch (error) {
    const code = error instanceof SyncError ? error.code : 'internal';
    recordSyncFailure(d.db, new Date(d.nowMs()).toISOString(), code);
    throw error;
  }
}

/**
 * The hub answered: after an outage the link is up again at once ("offline since" ends) even
 * while a long backlog is still going out; otherwise the round's end records the success.
 */
function reached(d: RoundDeps, settled: number): void {
  if (getSyncState(d.db).offlineSince !== null) recordSyncSuccess(d.db, new Date(d.nowMs()).toISOString());
  d.progress(settled);
}
