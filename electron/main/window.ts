import type { BrowserWindowLike, BrowserWindowStatic, NavigationEvent, WebPreferences } from './electron-api';
import { appEntryUrl, isAppUrl } from './origin';

export const productTitle = '连心线 Lianxin';

export interface MainWindowOptions {
  readonly preloadPath: string;
  /** Packaged builds get no DevTools. */
  readonly isPackaged: boolean;
  /** Called when the renderer cannot be loaded (e.g. dist/renderer was never built). */
  readonly onLoadFailed: (error: unknown) => void;
}

export function secureWebPreferences(options: Pick<MainWindowOptions, 'preloadPath' | 'isPackaged'>): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !options.isPackaged,
  };
}

/** Opens the console window on our renderer; it can never leave app://lianxin/ or open another. */
export function createMainWindow(BrowserWindow: BrowserWindowStatic, options: MainWindowOptions): BrowserWindowLike {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    // Shown once painted, so the operator never sees a blank white frame.
    show: false,
    title: productTitle,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options),
  });
  keepInApp(window);
  window.once('ready-to-show', () => window.show());
  window.loadURL(appEntryUrl).catch(options.onLoadFailed);
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
