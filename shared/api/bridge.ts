import type { CallEnvelope } from './envelope';
import type { ApiResult } from './errors';
import type { PushEventName } from './names';

/** A call as the renderer sends it; the transport numbers it. */
export type OutgoingCall = Omit<CallEnvelope, 'id'>;

/**
 * What the Electron preload exposes as `window.lianxin`, and what browser mode's WebSocket client
 * implements: one shape, so the renderer never knows which transport it runs on.
 */
export interface LianxinBridge {
  invoke(call: OutgoingCall): Promise<ApiResult<unknown>>;
  on(event: PushEventName, listener: (payload: unknown) => void): () => void;
}

/** The IPC channel names the preload and the main process share. */
export const ipcChannels = { invoke: 'lianxin:invoke', push: 'lianxin:push' } as const;
