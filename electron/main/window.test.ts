import { describe, expect, it, vi } from 'vitest';
import { createStandInElectron } from './testing/stand-in-electron';
import { createWallWindow } from './wall-window';
import { createMainWindow } from './window';

function openWindow(isPackaged = false) {
  const standIn = createStandInElectron();
  const onLoadFailed = vi.fn();
  createMainWindow(standIn.electron.BrowserWindow, { preloadPath: '/app/dist/electron/preload.cjs', isPackaged, onLoadFailed });
  const window = standIn.record.windows[0];
  if (window === undefined) throw new Error('no window was created');
  return { window, onLoadFailed, standIn };
}

describe('main window', () => {
  it('gets the secure web preferences and our preload', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('is one of a kind with the wall window: both get exactly these preferences and load only app://lianxin/', () => {
    const standIn = createStandInElectron();
    const options = { preloadPath: '/app/preload.cjs', isPackaged: true, onLoadFailed: vi.fn() };
    createMainWindow(standIn.electron.BrowserWindow, options);
    createWallWindow(standIn.electron.BrowserWindow, { id: 2, label: 'Wall', bounds: { x: 0, y: 0, width: 800, height: 600 } }, options);
    const [main, wall] = standIn.record.windows;
    expect(wall?.options.webPreferences).toEqual(main?.options.webPreferences);
    for (const window of [main, wall]) expect(window?.loadedUrl).toMatch(/^app:\/\/lianxin\//);
  });

  it('has DevTools only in development', () => {
    expect(openWindow(false).window.options.webPreferences.devTools).toBe(true);
    expect(openWindow(true).window.options.webPreferences.devTools).toBe(false);
  });

  it('loads the renderer from the app scheme and shows itself once painted', () => {
    const { window } = openWindow();
    expect(window.loadedUrl).toBe('app://lianxin/index.html');
    expect(window.shown).toBe(false);
    window.onceListeners.get('ready-to-show')?.();
    expect(window.shown).toBe(true);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('denies %s to anything but the app', (event) => {
    const { window } = openWindow();
    expect(window.webContents.emitNavigation(event, 'https://example.com/')).toBe(true);
    expect(window.webContents.emitNavigation(event, 'file:///etc/passwd')).toBe(true);
    expect(window.webContents.emitNavigation(event, 'app://other/index.html')).toBe(true);
    expect(window.webContents.emitNavigation(event, 'app://lianxin/index.html')).toBe(false);
  });

  it('denies window.open and webviews', () => {
    const { window } = openWindow();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler?.({ url: 'app://lianxin/index.html' })).toEqual({ action: 'deny' });
    expect(window.webContents.emitNavigation('will-attach-webview', 'https://example.com/')).toBe(true);
  });

  it('reports a renderer that cannot be loaded', async () => {
    const standIn = createStandInElectron();
    standIn.record.nextLoadFailure = new Error('ERR_FILE_NOT_FOUND');
    const onLoadFailed = vi.fn();
    createMainWindow(standIn.electron.BrowserWindow, { preloadPath: '/p.cjs', isPackaged: true, onLoadFailed });
    await vi.waitFor(() => expect(onLoadFailed).toHaveBeenCalledWith(standIn.record.nextLoadFailure));
  });
});
