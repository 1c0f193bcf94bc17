/**
 * The parts of Electron's main-process API the shell uses, typed by us. The `electron` package is
 * an optional dependency (its binary cannot be downloaded everywhere), so its types may be absent;
 * the shell takes the real module by injection (main.ts) and its tests pass a stand-in.
 * Names and signatures follow Electron 41 so the real module satisfies this structurally.
 */

export interface PreventableEvent {
  preventDefault(): void;
}

/** The details object Electron passes to will-navigate, will-frame-navigate and will-redirect. */
export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

export interface WebFrameMainLike {
  readonly url: string;
  /** Null for a page's top frame; an iframe's parent frame otherwise. */
  readonly parent: WebFrameMainLike | null;
}

export interface IpcMainInvokeEventLike {
  /** Null when the frame has navigated away or been destroyed since it sent the message. */
  readonly senderFrame: WebFrameMainLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

export interface SessionLike {
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
}

export interface WindowOpenDetails {
  readonly url: string;
}

export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void;
  send(channel: string, ...args: unknown[]): void;
  getURL(): string;
  isDestroyed(): boolean;
}

export interface WebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly navigateOnDragDrop: false;
  readonly disableBlinkFeatures: 'Auxclick';
  readonly spellcheck: false;
  readonly devTools: boolean;
}

export interface BrowserWindowOptions {
  readonly x?: number;
  readonly y?: number;
  /** The wall display fills its screen. */
  readonly fullscreen?: boolean;
  readonly autoHideMenuBar?: boolean;
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly show: boolean;
  readonly title: string;
  readonly backgroundColor: string;
  readonly webPreferences: WebPreferences;
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
}

export interface BrowserWindowStatic {
  new (options: BrowserWindowOptions): BrowserWindowLike;
  getAllWindows(): BrowserWindowLike[];
}

export type MenuRole =
  | 'appMenu'
  | 'editMenu'
  | 'windowMenu'
  | 'quit'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

export interface MenuItemOptions {
  readonly label?: string;
  readonly role?: MenuRole;
  readonly type?: 'separator';
  readonly accelerator?: string;
  /** false: show the accelerator but leave the key to the page (Linux and Windows). */
  readonly registerAccelerator?: boolean;
  readonly click?: () => void;
  readonly submenu?: readonly MenuItemOptions[];
}

export interface MenuStatic {
  buildFromTemplate(template: MenuItemOptions[]): unknown;
  setApplicationMenu(menu: unknown): void;
}

export interface CustomScheme {
  readonly scheme: string;
  readonly privileges: {
    readonly standard: boolean;
    readonly secure: boolean;
    readonly supportFetchAPI: boolean;
    readonly corsEnabled: boolean;
    readonly codeCache: boolean;
  };
}

export interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export type AppEvent = 'second-instance' | 'window-all-closed' | 'will-quit' | 'activate';

export interface AppLike {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  on(event: AppEvent, listener: () => void): unknown;
  getPath(name: 'userData'): string;
  setPath(name: 'userData', path: string): void;
  getLocale(): string;
  quit(): void;
  exit(code: number): void;
}

export interface DialogLike {
  showErrorBox(title: string, content: string): void;
}

export interface DisplayLike {
  readonly id: number;
  readonly label: string;
  readonly bounds: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
}

/** What main.ts receives from `require('electron')`. */
/** Electron's OS-backed encryption (Keychain, DPAPI, libsecret/kwallet): the seat's hub credential. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface ElectronMain {
  readonly app: AppLike;
  readonly BrowserWindow: BrowserWindowStatic;
  readonly ipcMain: IpcMainLike;
  readonly Menu: MenuStatic;
  readonly protocol: ProtocolLike;
  readonly session: { readonly defaultSession: SessionLike };
  readonly dialog: DialogLike;
  readonly screen: ScreenLike;
  readonly safeStorage: SafeStorageLike;
}
