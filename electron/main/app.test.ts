import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/api/bridge';
import type { CoreOptions } from '../core/api/core';
import { startShell } from './app';
import { createFakeCore } from './testing/fake-core';
import { createStandInElectron, type StandInOptions } from './testing/stand-in-electron';

async function start(standInOptions: StandInOptions = {}, argv: string[] = [], platform: NodeJS.Platform = 'linux') {
  const standIn = createStandInElectron(standInOptions);
  const fake = createFakeCore();
  const openCore = vi.fn((_options: CoreOptions) => Promise.resolve(fake.core));
  await startShell({ electron: standIn.electron, openCore, bundleDir: '/app/dist/electron', argv, platform });
  return { ...standIn, fake, openCore };
}

describe('shell start-up', () => {
  it('opens the core on the user-data folder and one secure window on our renderer', async () => {
    const { record, openCore } = await start({ userData: '/home/op/.config/Lianxin' });
    expect(openCore).toHaveBeenCalledWith(
      expect.objectContaining({ dataDir: '/home/op/.config/Lianxin', demoHistory: true, syncWorkerFile: '/app/dist/electron/sync-worker.cjs' }),
    );
    expect(record.windows).toHaveLength(1);
    expect(record.windows[0]?.options.webPreferences.preload).toBe(join('/app/dist/electron', 'preload.cjs'));
    expect(record.windows[0]?.loadedUrl).toBe('app://lianxin/index.html');
    expect(record.protocolHandlers.has('app')).toBe(true);
    expect(record.handlers.has(ipcChannels.invoke)).toBe(true);
    expect(record.permissionCheck?.({}, 'media')).toBe(false);
    expect(record.menu).toBeDefined();
  });

  it('opens the wall display full-screen on the second screen from the menu, once', async () => {
    const desk = { id: 1, label: 'Desk', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
    const wall = { id: 2, label: 'Wall', bounds: { x: 1920, y: 0, width: 3840, height: 2160 } };
    const { record } = await start({ displays: [desk, wall] });
    const wallItem = record.menu?.flatMap((m) => m.submenu ?? []).flatMap((m) => m.submenu ?? []).find((m) => m.accelerator === 'F9');
    wallItem?.click?.();
    wallItem?.click?.();
    expect(record.windows).toHaveLength(2);
    expect(record.windows[1]?.loadedUrl).toBe('app://lianxin/index.html#/wall');
    expect(record.windows[1]?.options).toMatchObject({ x: 1920, fullscreen: true });
    expect(record.windows[1]?.focused).toBe(true);
  });

  it('moves all data to --data, before taking the single-instance lock', async () => {
    const { record, openCore } = await start({}, ['electron', '.', '--data', 'seat-2', '--empty']);
    expect(openCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: resolve('seat-2'), demoHistory: false }));
    expect(record.appCalls.slice(0, 2)).toEqual(['setPath userData', 'requestSingleInstanceLock']);
  });

  it('leaves, without opening the data, when another instance holds the lock', async () => {
    const { record, openCore } = await start({ lock: false });
    expect(record.appCalls).toContain('quit');
    expect(openCore).not.toHaveBeenCalled();
    expect(record.windows).toHaveLength(0);
  });

  it('brings the first window back when a second instance starts', async () => {
    const { record, emitApp } = await start();
    const window = record.windows[0];
    if (window === undefined) throw new Error('no window');
    window.minimized = true;
    emitApp('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('closes the core once on quit, after unbinding IPC', async () => {
    const { record, fake, emitApp } = await start();
    emitApp('will-quit');
    expect(fake.state.closed).toBe(true);
    expect(record.handlers.has(ipcChannels.invoke)).toBe(false);
    expect(fake.listeners.size).toBe(0);
    fake.state.closed = false;
    emitApp('will-quit');
    expect(fake.state.closed).toBe(false);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const linux = await start();
    linux.emitApp('window-all-closed');
    expect(linux.record.appCalls).toContain('quit');
    const mac = await start({}, [], 'darwin');
    mac.emitApp('window-all-closed');
    expect(mac.record.appCalls).not.toContain('quit');
  });

  it('reopens the window on activate when none is left', async () => {
    const { record, emitApp } = await start({}, [], 'darwin');
    emitApp('activate');
    expect(record.windows).toHaveLength(1);
    const first = record.windows[0];
    if (first === undefined) throw new Error('no window');
    first.destroyed = true;
    emitApp('activate');
    expect(record.windows).toHaveLength(2);
  });

  it('sends menu commands to the window', async () => {
    const { record } = await start();
    const newCase = record.menu?.flatMap((item) => item.submenu ?? []).find((item) => item.accelerator === 'F2');
    newCase?.click?.();
    expect(record.windows[0]?.webContents.sent).toEqual([{ channel: ipcChannels.push, args: ['shell:command', { command: 'case:new' }] }]);
  });

  it('explains a data folder it cannot open, and exits', async () => {
    const standIn = createStandInElectron();
    const openCore = () => Promise.reject(new Error('The database was written by a newer version of Lianxin'));
    await startShell({ electron: standIn.electron, openCore, bundleDir: '/app/dist/electron', argv: [], platform: 'linux' });
    expect(standIn.record.errorBoxes[0]?.content).toContain('newer version');
    expect(standIn.record.appCalls).toContain('exit 1');
    expect(standIn.record.windows).toHaveLength(0);
  });

  it('explains a renderer it cannot load, and quits', async () => {
    const standIn = createStandInElectron();
    standIn.record.nextLoadFailure = new Error('ERR_FILE_NOT_FOUND');
    const fake = createFakeCore();
    await startShell({
      electron: standIn.electron,
      openCore: () => Promise.resolve(fake.core),
      bundleDir: '/app/dist/electron',
      argv: [],
      platform: 'linux',
    });
    await vi.waitFor(() => expect(standIn.record.errorBoxes[0]?.content).toContain('ERR_FILE_NOT_FOUND'));
    expect(standIn.record.appCalls).toContain('quit');
  });
});
