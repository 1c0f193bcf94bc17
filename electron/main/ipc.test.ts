import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/api/bridge';
import { bindIpc } from './ipc';
import { createFakeCore } from './testing/fake-core';
import { createStandInElectron } from './testing/stand-in-electron';

const appUrl = 'app://lianxin/index.html';
const goodCall = { method: 'cases:list', input: { status: 'open' }, session: 'token', lang: 'zh-CN' };

function setUp(reply?: Parameters<typeof createFakeCore>[0]) {
  const standIn = createStandInElectron();
  const fake = createFakeCore(reply);
  const unbind = bindIpc(standIn.electron.ipcMain, fake.core, () => standIn.electron.BrowserWindow.getAllWindows());
  const invoke = (frameUrl: string | null, payload: unknown) => standIn.invoke(ipcChannels.invoke, frameUrl, payload);
  return { standIn, fake, unbind, invoke };
}

describe('IPC binding', () => {
  it('passes a good call to the core, numbered, and returns its result', async () => {
    const { fake, invoke } = setUp();
    expect(await invoke(appUrl, goodCall)).toEqual({ ok: true, value: { echoed: 'cases:list' } });
    await invoke(appUrl, { ...goodCall, method: 'auth:session' });
    expect(fake.calls).toEqual([
      { id: 1, ...goodCall },
      { id: 2, ...goodCall, method: 'auth:session' },
    ]);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a local file', 'file:///home/op/page.html'],
    ['another app scheme host', 'app://evil/index.html'],
    ['a frame that is gone', null],
  ])('refuses a call from %s without reaching the core', async (_what, frameUrl) => {
    const { fake, invoke } = setUp();
    const result = await invoke(frameUrl, goodCall);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.calls).toEqual([]);
  });

  it('refuses a call from an iframe, even one showing our own renderer', async () => {
    const { standIn, fake } = setUp();
    for (const frameUrl of [appUrl, 'https://evil.example/']) {
      const result = await standIn.invokeFromSubFrame(ipcChannels.invoke, frameUrl, appUrl, goodCall);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(fake.calls).toEqual([]);
  });

  it('scopes pushes to the session the app’s calls use, none before the first', async () => {
    const { fake, invoke } = setUp();
    const [token] = fake.sessions;
    expect(token?.()).toBeNull();
    await invoke(appUrl, goodCall);
    expect(token?.()).toBe('token');
    await invoke(appUrl, { ...goodCall, method: 'auth:logout' });
    expect(token?.()).toBeNull();
  });

  it('refuses an unknown method', async () => {
    const { fake, invoke } = setUp();
    for (const method of ['cases:drop', 'constructor', 42, undefined]) {
      expect(await invoke(appUrl, { ...goodCall, method })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(fake.calls).toEqual([]);
  });

  it('refuses a malformed envelope', async () => {
    const { fake, invoke } = setUp();
    for (const payload of [null, 'cases:list', { ...goodCall, session: 42 }, { ...goodCall, session: 'x'.repeat(200) }]) {
      expect(await invoke(appUrl, payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(fake.calls).toEqual([]);
  });

  it('turns a core that throws into an internal error', async () => {
    const { invoke } = setUp(() => Promise.reject(new Error('boom')));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await invoke(appUrl, goodCall)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('forwards pushes to our live windows only', () => {
    const { standIn, fake } = setUp();
    const ours = standIn.addWindow(appUrl);
    const foreign = standIn.addWindow('https://evil.example/');
    const closed = standIn.addWindow(appUrl);
    closed.destroyed = true;
    fake.push('cases:changed', { ids: ['c1'] });
    expect(ours.webContents.sent).toEqual([{ channel: ipcChannels.push, args: ['cases:changed', { ids: ['c1'] }] }]);
    expect(foreign.webContents.sent).toEqual([]);
    expect(closed.webContents.sent).toEqual([]);
  });

  it('unbinds the handler and the push subscription', () => {
    const { standIn, fake, unbind } = setUp();
    expect(fake.listeners.size).toBe(1);
    unbind();
    expect(standIn.record.handlers.has(ipcChannels.invoke)).toBe(false);
    expect(fake.listeners.size).toBe(0);
  });
});

describe('refusals', () => {
  it('are worded in the language of the call', async () => {
    const { invoke } = setUp();
    const zh = await invoke('https://evil.example/', goodCall);
    const en = await invoke('https://evil.example/', { ...goodCall, lang: 'en' });
    expect(zh).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/权限/) } });
    expect(en).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/not allowed/) } });
    expect(await invoke(appUrl, { ...goodCall, method: 'cases:drop' })).toMatchObject({
      error: { message: expect.stringContaining('cases:drop') },
    });
  });
});
