import type { CallEnvelope } from '../../../shared/api/envelope';
import type { ApiResult } from '../../../shared/api/errors';
import type { PushEventName } from '../../../shared/api/names';
import type { SecretStore } from '../sync/secret-store';
import type { SyncWorkerData } from '../sync/worker-protocol';
import type { MigrationProgress } from '../store/migrate';
import type { TestClock } from '../test-clock';

export type PushListener = (event: PushEventName, payload: unknown) => void;

/** Where a call came from, for the per-address login throttle: a socket's remote address, or `ipc`. */
export interface CallOrigin {
  readonly address: string;
}

/** The core as both transports see it: one call entry point and one push stream per session. */
export interface Core {
  call(envelope: CallEnvelope, origin?: CallOrigin): Promise<ApiResult<unknown>>;
  /**
   * Pushes as the session `token()` names may see them: nothing while it is not a live session,
   * and of `cases:changed` only the ids of cases its user may see (shared/case/visibility.ts).
   */
  subscribe(token: () => string | null, listener: PushListener): () => void;
  close(): void;
}

export interface CoreOptions {
  /** Folder holding lianxin.db; the Electron shell passes the user-data folder. */
  readonly dataDir: string;
  /** Seat code for case numbers and events, e.g. GH01; taken from the database after the first start. */
  readonly seatCode?: string;
  /**
   * On a fresh demo store, play about three months of the town's history through the real loop
   * (seed-demo-history.ts); `--empty` starts without it. Off unless asked for.
   */
  readonly demoHistory?: boolean;
  /** Progress of that history, one call a simulated day. */
  readonly onDemoProgress?: (day: number, days: number) => void;
  /** Progress of upgrading an older store's schema at open (also logged), one call as each migration starts and ends. */
  readonly onMigrationProgress?: (progress: MigrationProgress) => void;
  /** Tests only (see test-clock.ts): the time the core, its events and its SLA clocks run on. */
  readonly testClock?: TestClock;
  /** Where the hub credential is kept; by default a 0600 file in `dataDir` (browser mode). */
  readonly secretStore?: SecretStore;
  /** The sync worker's script: the Electron shell passes its bundle; by default the source boot. */
  readonly syncWorkerFile?: URL | string;
  /** Tests only: shorter debounce, idle pull and backoff. */
  readonly syncTiming?: Pick<SyncWorkerData, 'debounceMs' | 'idlePullMs' | 'firstBackoffMs'>;
}
