import type { Suppression } from './verdict';

/** Reviewed MEDIUM findings that stay; each one's reasoning is in docs/decisions/0016. */
export const suppressions: readonly Suppression[] = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    reason:
      'the one preload (electron/preload/bridge.ts) exposes through contextBridge only invoke() for method names on the contract and on() for its push events, never ipcRenderer; the main process refuses any call not from our top frame (electron/main/ipc.ts)',
  },
];
