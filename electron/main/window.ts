import type { BrowserWindowLike, BrowserWindowOptions, BrowserWindowStatic, NavigationEvent } from './electron-api';
import { appEntryUrl, isAppUrl } from './origin';

export const productTitle = '连心线 Lianxin';

export interface MainWindowOptions {
  readonly preloadPath: string;
  /** Packaged builds get no DevTools. */
  readonly isPackaged: boolean;
  /** Called when the renderer cannot be loaded (e.g. dist/renderer was never built). */
  readonly onLoadFailed: (error: unknown) => void;
}

/** A window's size, place and look: everything but its (always the same) web preferences. */
export type WindowFrame = Omit<BrowserWindowOptions, 'webPreferences' | 'show'>;

/** Opens the console window on our renderer; it can never leave app://lianxin/ or open another. */
export function createMainWindow(BrowserWindow: BrowserWindowStatic, options: MainWindowOptions): BrowserWindowLike {
  const frame = { width: 1440, height: 900, minWidth: 1024, minHeight: 680, title: productTitle, backgroundColor: '#ffffff' };
  return openAppWindow(BrowserWindow, frame, appEntryUrl, options);
}

/**
 * The shell's only `new BrowserWindow`. The web preferences are written out at the call, not
 * built by a helper, so `npm run security:electron` (Electronegativity) sees what every window
 * gets. Shown once painted, so the operator never sees a blank white frame.
 */
export function openAppWindow(BrowserWindow: BrowserWindowStatic, frame: WindowFrame, url: string, options: MainWindowOptions): BrowserWindowLike {
  const window = new BrowserWindow({
    ...frame,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click would otherwise ask for a new window; none is ever wanted.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: !options.isPackaged,
    },
  });
  keepInApp(window);
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch(options.onLoadFailed);
  return window;
}

/** Every window of ours stays on app://lianxin/: no navigation away, no webviews, no pop-ups. */
export function keepInApp(window: BrowserWindowLike): void {
  const stayInApp = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  window.webContents.on('will-navigate', stayInApp);
  window.webContents.on('will-frame-navigate', stayInApp);
  window.webContents.on('will-redirect', stayInApp);
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
