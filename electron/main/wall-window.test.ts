import { describe, expect, it, vi } from 'vitest';
import { createStandInElectron } from './testing/stand-in-electron';
import { chooseWallDisplay, createWallWindow, wallUrl } from './wall-window';

const desk = { id: 1, label: 'Desk', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const wallScreen = { id: 2, label: 'Wall', bounds: { x: 1920, y: 0, width: 3840, height: 2160 } };

describe('wall display window', () => {
  it('goes to the second screen unless one is chosen; alone, to the only one', () => {
    const two = createStandInElectron({ displays: [desk, wallScreen] }).electron.screen;
    expect(chooseWallDisplay(two).id).toBe(2);
    expect(chooseWallDisplay(two, 1).id).toBe(1);
    expect(chooseWallDisplay(two, 99).id).toBe(2);
    expect(chooseWallDisplay(createStandInElectron({ displays: [desk] }).electron.screen).id).toBe(1);
  });

  it('fills the chosen screen, dark, on the wall route, with the console window’s protections', () => {
    const standIn = createStandInElectron();
    createWallWindow(standIn.electron.BrowserWindow, wallScreen, { preloadPath: '/app/preload.cjs', isPackaged: true, onLoadFailed: vi.fn() });
    const window = standIn.record.windows[0];
    expect(window?.options).toMatchObject({ x: 1920, y: 0, width: 3840, height: 2160, fullscreen: true, backgroundColor: '#05080d' });
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false });
    expect(window?.loadedUrl).toBe(wallUrl);
    expect(window?.webContents.emitNavigation('will-navigate', 'https://example.com/')).toBe(true);
    expect(window?.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
