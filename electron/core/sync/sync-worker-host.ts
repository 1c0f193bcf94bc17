import { Worker } from 'node:worker_threads';
import type { FromWorker, SyncWorkerData } from './worker-protocol';

export interface SyncWorkerHandle {
  nudge(): void;
  /** Ends the worker at once: whatever it had in flight is sent again next time (the hub is idempotent). */
  terminate(): Promise<void>;
}

/** The sync worker's file: the source boot (tsx, vitest) unless the Electron shell passes its bundle. */
export const sourceWorkerFile = (): URL => new URL('./sync-worker-boot.mjs', import.meta.url);

export function startSyncWorker(
  file: URL | string,
  data: SyncWorkerData,
  onMessage: (m: FromWorker) => void,
  onExit: (code: number) => void,
  onError: (error: Error) => void,
): SyncWorkerHandle {
  const worker = new Worker(file, { workerData: data });
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);
  return {
    nudge: () => worker.postMessage({ type: 'nudge' }),
    terminate: async () => {
      worker.off('exit', onExit);
      await worker.terminate();
    },
  };
}
