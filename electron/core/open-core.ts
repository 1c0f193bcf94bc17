import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { monotonicFactory } from 'ulid';
import type { PushEventName } from '../../shared/api/names';
import type { Core, CoreOptions, PushListener } from './api/core';
import { handleCall } from './api/call';
import { scopePush } from './api/push-scope';
import { LoginGuard } from './auth/login';
import { SessionStore } from './auth/sessions';
import { accountChanged } from './store/users';
import { createHlcSource } from './cases/hlc-source';
import type { CoreContext } from './context';
import { createLogger, type Logger } from './log';
import { createProjector } from './cases/projector';
import { createSearchIndexer } from './search/search-indexer';
import { learnCategoryModelInBackground } from './intake/category-model';
import { seedDemoKnowledgeOnce } from './intake/knowledge-base';
import { seedDemoSynonymsOnce } from './intake/synonym-list';
import { seedDemoHistoryOnce } from './seed/seed-demo-history';
import { seedDemoTownIfEmpty } from './seed/seed-demo-town';
import { backfillCaseSla } from './sla/backfill-case-sla';
import { refoldIfStale } from './cases/refold-if-stale';
import { startSupervisionScheduler } from './sla/supervision-scheduler';
import { startCheckpointer } from './store/checkpointer';
import { openDatabase } from './store/db';
import { latestHlc } from './store/events';
import { getMeta, setMeta } from './store/meta';
import { forgetKnownIds } from './store/reference';
import { forgetSlaSettings } from './sla/settings';
import { fileSecretStore } from './sync/secret-store';
import { createSeatSync } from './sync/seat-sync';
import { sourceWorkerFile } from './sync/sync-worker-host';

export const DATABASE_FILE = 'lianxin.db';
/** Browser mode's hub credential, readable only by the user running the seat. */
export const CREDENTIAL_FILE = 'hub-credential';
const SEAT_CODE = /^[A-Z0-9]{2,8}$/;

/** Opens the store in `dataDir`, seeds the demo town on first start, and serves the API. */
export async function openCore(options: CoreOptions & { readonly logger?: Logger }): Promise<Core> {
  const log = options.logger ?? createLogger();
  mkdirSync(options.dataDir, { recursive: true });
  const dbFile = join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(dbFile, {
    onMigration: (progress) => {
      log.info(progress, progress.done ? `upgraded the store to schema ${progress.version}` : `upgrading the store to schema ${progress.version} (${progress.step}/${progress.steps})`);
      options.onMigrationProgress?.(progress);
    },
  });
  try {
    if (await seedDemoTownIfEmpty(db)) log.info('seeded the demo town');
    const searchIndex = createSearchIndexer(db, log);
    const projections = createProjector(db, log, () => searchIndex.schedule());
    // Cases a run filed and stopped before projecting; then those not yet indexed, in the
    // background (a search flushes first, so it never misses one).
    projections.flush();
    searchIndex.catchUp();
    const refolded = refoldIfStale(db);
    if (refolded && refolded.rewritten > 0) {
      log.info({ checked: refolded.checked, rewritten: refolded.rewritten }, 'refolded the cases from their events for this version');
    }
    if (seedDemoKnowledgeOnce(db, new Date().toISOString())) log.info('seeded the demo knowledge base');
    if (seedDemoSynonymsOnce(db, new Date().toISOString())) log.info('seeded the demo synonym list');
    const seatId = resolveSeatCode(getMeta(db, 'seat.code'), options.seatCode);
    setMeta(db, 'seat.code', seatId);
    const testClock = options.testClock;
    const now = testClock ? () => testClock.now() : () => new Date();
    const pushes = new EventEmitter<{ push: [PushEventName, unknown] }>();
    const hlc = createHlcSource(seatId, latestHlc(db), () => now().getTime());
    const sessions = new SessionStore(() => Date.now());
    const sync = createSeatSync({
      db,
      dbFile,
      seatCode: seatId,
      secrets: options.secretStore ?? fileSecretStore(join(options.dataDir, CREDENTIAL_FILE)),
      workerFile: options.syncWorkerFile ?? sourceWorkerFile(),
      timing: options.syncTiming,
      log,
      // The worker stored peer events and queued their cases; the projector folds them (decision 0010).
      applied: (caseIds, maxHlc, references) => {
        // The worker wrote units, committees or SLA settings on its own connection: this one's caches of them are stale.
        if (references > 0) {
          forgetKnownIds(db);
          forgetSlaSettings(db);
          // An account switched off, or given another role or unit, at another seat: its sessions here end too.
          sessions.closeWhere((user) => accountChanged(db, user));
          pushes.emit('push', 'reference:changed', {});
        }
        if (caseIds.length === 0) return;
        if (maxHlc && !hlc.receive(maxHlc)) log.warn({ maxHlc }, 'a peer event is dated more than 5 minutes ahead; our clock does not follow it');
        projections.schedule();
        pushes.emit('push', 'cases:changed', { ids: caseIds });
      },
      stateChanged: (state) => pushes.emit('push', 'sync:state', state),
    });
    if (options.demoHistory) {
      const played = seedDemoHistoryOnce(db, { seatId, now: now(), projections, searchIndex, sync, onProgress: options.onDemoProgress });
      if (played) log.info(played, 'played the demo town history');
    }
    // After the history, so a demo town's model learns from its own cases; in the background, so
    // login and intake work meanwhile (at 1,000,000 cases it takes ~0.6 s; docs/decisions/0014).
    const stopLearning = learnCategoryModelInBackground(db, log);
    const core: CoreContext = {
      db,
      seatId,
      hlc,
      now,
      newId: monotonicFactory(),
      publish: (event, payload) => {
        if (event === 'cases:changed') {
          searchIndex.schedule();
          sync.nudge();
        }
        pushes.emit('push', event, payload);
      },
      searchIndex,
      projections,
      sync,
    };
    const logins = new LoginGuard(db, log, () => Date.now());
    const backfilled = backfillCaseSla(db);
    if (backfilled > 0) log.info({ cases: backfilled }, 'stored the SLA deadlines of cases filed before this version');
    const stopSupervision = startSupervisionScheduler(core, log);
    const stopCheckpoints = startCheckpointer(db, log);
    return {
      call: (envelope, origin) => handleCall({ core, sessions, logins, log }, envelope, origin?.address ?? 'local'),
      subscribe(token: () => string | null, listener: PushListener) {
        const scoped = (event: PushEventName, payload: unknown) => {
          const visible = scopePush(core, sessions, token(), event, payload);
          if (visible !== null) listener(event, visible);
        };
        pushes.on('push', scoped);
        return () => pushes.off('push', scoped);
      },
      close() {
        void sync.close();
        projections.stop();
        searchIndex.stop();
        stopSupervision();
        stopCheckpoints();
        stopLearning();
        pushes.removeAllListeners();
        if (db.open) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The seat code is fixed at the first start: events and case numbers already carry it. */
function resolveSeatCode(stored: string | null, requested: string | undefined): string {
  if (stored !== null) return stored;
  const code = (requested ?? 'GH01').toUpperCase();
  if (!SEAT_CODE.test(code)) throw new Error(`Seat code must be 2-8 letters or digits: ${requested}`);
  return code;
}
