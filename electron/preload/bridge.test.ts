import { describe, expect, it, vi } from 'vitest';
import { ipcChannels, type OutgoingCall } from '../../shared/api/bridge';
import { createBridge, exposeBridge } from './bridge';
import type { ElectronPreload } from './electron-api';

/** A stand-in for the sandboxed preload's `electron`: records what is sent and exposed. */
function standIn(reply: unknown = { ok: true, value: 'done' }) {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const exposed = new Map<string, unknown>();
  const electron = {
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        invoked.push([channel, ...args]);
        return Promise.resolve(reply);
      },
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      },
    },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  } satisfies ElectronPreload;
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc-internals', ports: [] }, ...args);
  };
  return { electron, invoked, exposed, emit, bridge: createBridge(electron.ipcRenderer) };
}

const call: OutgoingCall = { method: 'cases:get', input: { id: 'c1' }, session: 'token', lang: 'zh-CN' };

describe('preload bridge', () => {
  it('exposes window.lianxin with invoke and on only', () => {
    const { electron, exposed } = standIn();
    exposeBridge(electron);
    expect([...exposed.keys()]).toEqual(['lianxin']);
    expect(Object.keys(exposed.get('lianxin') ?? {}).sort()).toEqual(['invoke', 'on']);
  });

  it('sends a known method on the invoke channel, with the envelope fields only', async () => {
    const { bridge, invoked } = standIn();
    const withExtra = { ...call, extra: 'dropped' };
    expect(await bridge.invoke(withExtra)).toEqual({ ok: true, value: 'done' });
    expect(invoked).toEqual([[ipcChannels.invoke, call]]);
  });

  it('rejects an unknown method without sending it', async () => {
    const { bridge, invoked } = standIn();
    // Reflect.apply: the page is not bound by our types.
    await expect(Reflect.apply(bridge.invoke, bridge, [{ ...call, method: 'cases:drop' }])).rejects.toThrow(/Unknown method/);
    await expect(Reflect.apply(bridge.invoke, bridge, [null])).rejects.toThrow();
    expect(invoked).toEqual([]);
  });

  it('turns a malformed reply into an internal error', async () => {
    const { bridge } = standIn('not a result');
    expect(await bridge.invoke(call)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers push payloads, never the IPC event, until unsubscribed', () => {
    const { bridge, emit } = standIn();
    const listener = vi.fn();
    const unsubscribe = bridge.on('cases:changed', listener);
    emit(ipcChannels.push, 'cases:changed', { ids: ['c1'] });
    emit(ipcChannels.push, 'sync:secret', { ids: ['c2'] });
    unsubscribe();
    emit(ipcChannels.push, 'cases:changed', { ids: ['c3'] });
    expect(listener.mock.calls).toEqual([[{ ids: ['c1'] }]]);
  });

  it('refuses to subscribe to an unknown event', () => {
    const { bridge } = standIn();
    expect(() => Reflect.apply(bridge.on, bridge, ['sync:secret', () => undefined])).toThrow(/Unknown push event/);
    expect(() => Reflect.apply(bridge.on, bridge, ['cases:changed', 'not a function'])).toThrow(/function/);
  });

  it('keeps other listeners going when one throws', () => {
    const { bridge, emit } = standIn();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    bridge.on('cases:changed', () => {
      throw new Error('page bug');
    });
    bridge.on('cases:changed', after);
    emit(ipcChannels.push, 'cases:changed', { ids: [] });
    expect(after).toHaveBeenCalledOnce();
    quiet.mockRestore();
  });

  it('passes menu commands as shell:command pushes, like any other push', () => {
    const { bridge, emit } = standIn();
    const listener = vi.fn();
    const unsubscribe = bridge.on('shell:command', listener);
    emit(ipcChannels.push, 'shell:command', { command: 'case:new' });
    emit(ipcChannels.push, 'format:disk', { command: 'all' });
    unsubscribe();
    emit(ipcChannels.push, 'shell:command', { command: 'case:list' });
    expect(listener.mock.calls).toEqual([[{ command: 'case:new' }]]);
  });
});
