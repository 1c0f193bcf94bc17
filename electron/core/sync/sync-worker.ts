import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../store/db';
import { createHubClient, SyncError } from './hub-client';
import { pendingOutbox, readLinkState } from './read-link-state';
import { createScheduler } from './scheduler';
import { runSyncRound } from './sync-round';
import type { FromWorker, SyncWorkerData, ToWorker } from './worker-protocol';

/**
 * The sync worker thread: its own connection to the seat's store, so pushing and pulling never
 * holds up the main thread, where the API answers (docs/decisions/0010).
 */
const port = parentPort;
if (!port) throw new Error('sync-worker.ts runs only as a worker thread');
const data = workerData as SyncWorkerData;
const db = openDatabase(data.dbFile);
const client = createHubClient(data.hubUrl, data.credential);
const post = (m: FromWorker) => port.postMessage(m);
let syncing = false;
/** The outbox as counted at the round's start, less what left it since (null: count it). */
let outbox: number | null = null;
let reported = '';
/** Posted when it changed: a quiet seat's idle pulls do not push the same state to every screen. */
const report = () => {
  const state = readLinkState(db, data.seatCode, syncing, outbox ?? undefined);
  const text = JSON.stringify(state);
  if (text === reported) return;
  reported = text;
  post({ type: 'state', state });
};

const scheduler = createScheduler({
  debounceMs: data.debounceMs,
  idlePullMs: data.idlePullMs,
  firstBackoffMs: data.firstBackoffMs,
  waitAsked: (error) => (error instanceof SyncError ? error.retryAfterMs : null),
  round: async () => {
    syncing = true;
    outbox = pendingOutbox(db, data.seatCode);
    report();
    try {
      return await runSyncRound({
        db,
        client,
        seatCode: data.seatCode,
        nowMs: () => Date.now(),
        progress: (settled) => {
          if (outbox !== null) outbox = Math.max(0, outbox - settled);
          report();
        },
        applied: (pull) => post({ type: 'applied', caseIds: pull.caseIds, maxHlc: pull.maxHlc, references: pull.references }),
      });
    } finally {
      syncing = false;
      outbox = null;
      report();
    }
  },
  failed: (error, retryInMs) =>
    post({
      type: 'round-failed',
      code: error instanceof SyncError ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
      retryInMs,
    }),
});

port.on('message', (m: ToWorker) => {
  if (m.type === 'nudge') scheduler.nudge();
  else
    void scheduler.stop().then(() => {
      db.close();
      post({ type: 'stopped' });
    });
});
report();
