import type { LianxinBridge, OutgoingCall } from '../../../shared/api/bridge';
import type { ApiResult } from '../../../shared/api/errors';
import { isPushEventName, type PushEventName } from '../../../shared/api/names';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    readonly lianxin?: LianxinBridge;
  }
}

type Pending = (result: ApiResult<unknown>) => void;

/**
 * Browser mode's side of the bridge: one WebSocket to the page's own server, reconnecting with
 * back-off; calls in flight when the link drops fail with a network error instead of hanging.
 */
export function webSocketBridge(url: string, onLinkChange: (up: boolean) => void): LianxinBridge {
  let socket: WebSocket | null = null;
  let nextId = 1;
  let retryMs = 250;
  const pending = new Map<number, Pending>();
  const listeners = new Map<PushEventName, Set<(payload: unknown) => void>>();
  let opened: Promise<WebSocket> | null = null;

  const failAll = (code: 'internal' | 'message_too_large') => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code, message: '' } });
    pending.clear();
  };

  const connect = (): Promise<WebSocket> => {
    opened ??= new Promise((resolve) => {
      const ws = new WebSocket(url);
      ws.onopen = () => {
        retryMs = 250;
        socket = ws;
        onLinkChange(true);
        resolve(ws);
      };
      ws.onmessage = (message) => {
        const data = JSON.parse(String(message.data)) as { id?: number; result?: ApiResult<unknown>; push?: unknown; payload?: unknown };
        if (typeof data.id === 'number' && data.result) {
          pending.get(data.id)?.(data.result);
          pending.delete(data.id);
        } else if (isPushEventName(data.push)) {
          listeners.get(data.push)?.forEach((listener) => listener(data.payload));
        }
      };
      ws.onclose = (event) => {
        socket = null;
        opened = null;
        onLinkChange(false);
        failAll(event.code === 1009 ? 'message_too_large' : 'internal');
        setTimeout(() => void connect(), retryMs);
        retryMs = Math.min(retryMs * 2, 5000);
      };
    });
    return opened;
  };

  return {
    async invoke(call: OutgoingCall) {
      const ws = socket ?? (await connect());
      const id = nextId++;
      return new Promise<ApiResult<unknown>>((resolve) => {
        pending.set(id, resolve);
        ws.send(JSON.stringify({ id, ...call }));
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      void connect();
      return () => set.delete(listener);
    },
  };
}
