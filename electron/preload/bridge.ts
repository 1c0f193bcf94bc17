import { ipcChannels, type LianxinBridge } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/errors';
import { isMethodName, isPushEventName, type PushEventName } from '../../shared/api/names';
import type { ElectronPreload, IpcRendererLike } from './electron-api';


export const bridgeKey = 'lianxin';

export function exposeBridge({ contextBridge, ipcRenderer }: ElectronPreload): void {
  contextBridge.exposeInMainWorld(bridgeKey, createBridge(ipcRenderer));
}

/**
 * Only names on the contract's lists are ever sent or subscribed; anything else fails here, in the
 * page, and never reaches the main process. Listeners get the payload alone, never the IPC event.
 */
export function createBridge(ipcRenderer: IpcRendererLike): LianxinBridge {
  const pushListeners = new Map<PushEventName, Set<(payload: unknown) => void>>();
  ipcRenderer.on(ipcChannels.push, (_event, name, payload) => {
    if (isPushEventName(name)) notify(pushListeners.get(name), payload);
  });
  return {
    invoke: (call) => send(ipcRenderer, call),
    on: (event, listener) => {
      if (!isPushEventName(event)) throw new Error(`Unknown push event: ${String(event)}`);
      const listeners = pushListeners.get(event) ?? new Set();
      pushListeners.set(event, listeners);
      return subscribe(listeners, listener);
    },
  };
}

async function send(ipcRenderer: IpcRendererLike, call: unknown): Promise<ApiResult<unknown>> {
  if (typeof call !== 'object' || call === null) throw new Error('A call must be an object');
  const method = 'method' in call ? call.method : undefined;
  if (!isMethodName(method)) throw new Error(`Unknown method: ${String(method)}`);
  // Only the envelope's own fields cross; the main process numbers the call.
  const envelope = {
    method,
    input: 'input' in call ? call.input : undefined,
    session: 'session' in call ? call.session : undefined,
    lang: 'lang' in call ? call.lang : undefined,
  };
  const result = await ipcRenderer.invoke(ipcChannels.invoke, envelope);
  return isApiResult(result) ? result : { ok: false, error: { code: 'internal', message: 'Malformed reply' } };
}

function subscribe<T>(listeners: Set<(value: T) => void>, listener: unknown): () => void {
  if (typeof listener !== 'function') throw new Error('A listener must be a function');
  // A wrapper per subscription, so subscribing one function twice needs two unsubscribes.
  const own = (value: T): void => {
    listener(value);
  };
  listeners.add(own);
  return () => {
    listeners.delete(own);
  };
}

function notify<T>(listeners: ReadonlySet<(value: T) => void> | undefined, value: T): void {
  for (const listener of [...(listeners ?? [])]) {
    try {
      listener(value);
    } catch (error) {
      // One failing page listener must not starve the others.
      console.error(error);
    }
  }
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return (value.ok === true && 'value' in value) || (value.ok === false && 'error' in value);
}
