import type { CallEnvelope } from '../../../shared/api/envelope';
import type { ApiResult } from '../../../shared/api/errors';
import type { PushEventName } from '../../../shared/api/names';
import type { SecretStore } from '../sync/secret-store';
import type { SyncWorkerData } from '../sync/worker-protocol';
import type { TestClock } from '../test-clock';

export type PushListener = (event: PushEventName, payload: unknown) => void;

/** The core as both transports see it: one call entry point and one push stream. */
export interface Core {
  call(envelope: CallEnvelope): Promise<ApiResult<unknown>>;
  onPush(listener: PushListener): () => void;
  close(): void;
}

export interface CoreOptions {
  /** Folder holding lianxin.db; the Electron shell passes the user-data folder. */
  readonly dataDir: string;
  /** Seat code for case numbers and events, e.g. GH01; taken from the database after the first start. */
  readonly seatCode?: string;
  /** Tests only (see test-clock.ts): the time the core, its events and its SLA clocks run on. */
  readonly testClock?: TestClock;
  /** Where the hub credential is kept; by default a 0600 file in `dataDir` (browser mode). */
  readonly secretStore?: SecretStore;
  /** The sync worker's script: the Electron shell passes its bundle; by default the source boot. */
  readonly syncWorkerFile?: URL | string;
  /** Tests only: shorter debounce, idle pull and backoff. */
  readonly syncTiming?: Pick<SyncWorkerData, 'debounceMs' | 'idlePullMs' | 'firstBackoffMs'>;
}
