import type { BrowserWindowLike, BrowserWindowStatic, DisplayLike, ScreenLike } from './electron-api';
import { appEntryUrl } from './origin';
import { openAppWindow, productTitle, type MainWindowOptions } from './window';

/** The wall display's own route in the renderer. */
export const wallUrl = `${appEntryUrl}#/wall`;

/** Unless the supervisor picks one, the wall goes to a screen that is not the desk's own. */
export function chooseWallDisplay(screen: ScreenLike, displayId?: number): DisplayLike {
  const displays = screen.getAllDisplays();
  const primary = screen.getPrimaryDisplay();
  return displays.find((d) => d.id === displayId) ?? displays.find((d) => d.id !== primary.id) ?? primary;
}

/** A dark full-screen window on `display` showing the wall display, as safe as the console window. */
export function createWallWindow(BrowserWindow: BrowserWindowStatic, display: DisplayLike, options: MainWindowOptions): BrowserWindowLike {
  const { x, y, width, height } = display.bounds;
  const frame = {
    x,
    y,
    width,
    height,
    minWidth: 640,
    minHeight: 360,
    fullscreen: true,
    autoHideMenuBar: true,
    title: `${productTitle} · 大屏 Wall`,
    backgroundColor: '#05080d',
  };
  return openAppWindow(BrowserWindow, frame, wallUrl, options);
}
