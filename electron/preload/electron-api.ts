/**
 * The parts of Electron's renderer-side API the preload uses, typed by us for the same reason as
 * electron/main/electron-api.ts: the electron package may be absent, and tests pass a stand-in.
 */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  /** The listener's first argument is Electron's IPC event: it must never reach the page. */
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface ContextBridgeLike {
  exposeInMainWorld(key: string, api: unknown): void;
}

/** What preload.ts receives from `require('electron')` in the sandboxed preload. */
export interface ElectronPreload {
  readonly contextBridge: ContextBridgeLike;
  readonly ipcRenderer: IpcRendererLike;
}
