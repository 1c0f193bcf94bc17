import { ApiError } from '../../../shared/api/errors';
import type { SyncStatus } from '../../../shared/api/methods/sync';
import type { LinkState, QuarantineEntry } from '../../../shared/sync/link-state';
import type { Logger } from '../log';
import type { DB } from '../store/db';
import { listQuarantine } from '../store/sync-quarantine';
import { getSyncState, recordSyncFailure, saveEnrollment } from '../store/sync-state';
import { createHubClient, SyncError } from './hub-client';
import { readLinkState } from './read-link-state';
import type { SecretStore } from './secret-store';
import { startSyncWorker, type SyncWorkerHandle } from './sync-worker-host';
import type { FromWorker, SyncWorkerData } from './worker-protocol';

/** Quarantined items shown on the settings page, newest first. */
const QUARANTINE_SHOWN = 200;

export interface SeatSyncOptions {
  readonly db: DB;
  readonly dbFile: string;
  readonly seatCode: string;
  readonly secrets: SecretStore;
  readonly workerFile: URL | string;
  readonly timing?: Pick<SyncWorkerData, 'debounceMs' | 'idlePullMs' | 'firstBackoffMs'>;
  readonly log: Logger;
  /** Peer events stored by the worker: their cases are queued for projection. */
  readonly applied: (caseIds: readonly string[], maxHlc: string | null, references: number) => void;
  readonly stateChanged: (state: LinkState) => void;
}

export interface SeatSync {
  status(): SyncStatus;
  quarantine(): QuarantineEntry[];
  enroll(input: { hubUrl: string; code: string; label: string }): Promise<SyncStatus>;
  /** The last round failed: the hub is unreachable (cases filed now are marked as filed offline). */
  offline(): boolean;
  /** A local write: the worker pushes it soon, debounced; nobody waits for it. */
  nudge(): void;
  close(): Promise<void>;
}

/** The main thread's side of sync: starts the worker when the seat is enrolled, and answers the sync methods. */
export function createSeatSync(o: SeatSyncOptions): SeatSync {
  let worker: SyncWorkerHandle | null = null;
  let last: LinkState | null = null;

  const onMessage = (m: FromWorker) => {
    // A worker being stopped still delivers what it had queued; the store behind it may be closed by then.
    if (worker === null) return;
    switch (m.type) {
      case 'state':
        last = m.state;
        o.stateChanged(m.state);
        return;
      case 'applied':
        o.applied(m.caseIds, m.maxHlc, m.references);
        return;
      case 'round-failed':
        o.log.warn({ code: m.code, retryInMs: m.retryInMs }, `sync round failed: ${m.message}`);
        return;
      case 'stopped':
        return;
    }
  };
  const start = () => {
    const enrollment = getSyncState(o.db).enrollment;
    if (!enrollment) return;
    let credential: string | null;
    try {
      credential = o.secrets.read();
    } catch (error) {
      // A credential the OS keystore can no longer decrypt: the seat works on alone until re-enrolled.
      o.log.error({ err: error }, 'the hub credential cannot be read; enroll the seat again');
      recordSyncFailure(o.db, new Date().toISOString(), 'hub_unauthorized');
      return;
    }
    if (!credential) return;
    worker = startSyncWorker(
      o.workerFile,
      { dbFile: o.dbFile, hubUrl: enrollment.hubUrl, credential, seatCode: o.seatCode, ...o.timing },
      onMessage,
      (code) => {
        o.log.error({ code }, 'the sync worker stopped; it is started again');
        worker = null;
        setTimeout(start, 1000).unref();
      },
      (error) => o.log.error({ err: error }, 'the sync worker failed'),
    );
  };
  const stop = async () => {
    const w = worker;
    worker = null;
    await w?.terminate();
  };
  const status = (): SyncStatus => {
    const s = getSyncState(o.db);
    const e = s.enrollment;
    return {
      state: readLinkState(o.db, o.seatCode, last?.link === 'syncing'),
      seatCode: o.seatCode,
      hub: e ? { url: e.hubUrl, seatId: e.seatId, seatCode: e.seatCode, townId: e.townId, scope: e.scope, cursor: s.cursor, admin: e.admin } : null,
    };
  };
  start();
  return {
    status,
    quarantine: () => listQuarantine(o.db, QUARANTINE_SHOWN),
    async enroll({ hubUrl, code, label }) {
      let answer;
      try {
        answer = await createHubClient(hubUrl, null).enroll(code, label, o.seatCode);
      } catch (error) {
        if (!(error instanceof SyncError)) throw error;
        if (error.hubCode === 'seat_code_taken') throw new ApiError('seat_code_taken', { seat: o.seatCode });
        const unreachable = error.code === 'hub_unreachable' || error.code === 'hub_timeout';
        throw new ApiError(unreachable ? 'hub_unreachable' : 'hub_refused', { hub: hubUrl, detail: error.hubCode ?? error.code });
      }
      // The hub keeps the code this seat asked for; an answer with another would split the seat's events from its credential.
      if (answer.seatCode !== o.seatCode) throw new ApiError('hub_refused', { hub: hubUrl, detail: `seat code ${answer.seatCode}` });
      await stop();
      o.secrets.write(answer.credential);
      saveEnrollment(o.db, { hubUrl, seatId: answer.seatId, seatCode: answer.seatCode, townId: answer.townId, scope: answer.scope, admin: answer.admin });
      start();
      const now = status();
      o.stateChanged(now.state);
      return now;
    },
    // The stored outage, not the worker's last message: a retry round reports `syncing` while the hub is still gone.
    offline: () => getSyncState(o.db).offlineSince !== null,
    nudge: () => worker?.nudge(),
    close: stop,
  };
}
