import type {
  AppEvent,
  BrowserWindowLike,
  BrowserWindowOptions,
  CustomScheme,
  DisplayLike,
  ElectronMain,
  IpcMainInvokeEventLike,
  MenuItemOptions,
  NavigationEvent,
  PermissionRequestHandler,
  WindowOpenDetails,
} from '../electron-api';
import { openAppWindow } from '../window';

/** A recording stand-in for Electron's main-process module, for unit tests in plain Node. */
export interface StandInOptions {
  readonly lock?: boolean;
  readonly locale?: string;
  readonly isPackaged?: boolean;
  readonly userData?: string;
  readonly displays?: readonly DisplayLike[];
  /** Whether safeStorage has an OS keystore to encrypt with (default yes). */
  readonly encryption?: boolean;
}

const laptopScreen: DisplayLike = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };

type Listener = (event: NavigationEvent) => void;

export class StandInWebContents {
  readonly listeners = new Map<string, Listener[]>();
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: WindowOpenDetails) => { action: 'deny' }) | undefined;
  url = '';
  destroyed = false;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Emits a navigation-like event; true when a listener prevented it. */
  emitNavigation(event: string, url: string): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(event) ?? []) listener({ url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export class StandInWindow implements BrowserWindowLike {
  readonly webContents = new StandInWebContents();
  readonly onceListeners = new Map<string, () => void>();
  loadResult: Promise<void> = Promise.resolve();
  loadedUrl: string | undefined;
  shown = false;
  focused = false;
  minimized = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowOptions) {}

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.url = url;
    return this.loadResult;
  }
  once(event: 'ready-to-show', listener: () => void): this {
    this.onceListeners.set(event, listener);
    return this;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export function createStandInElectron(options: StandInOptions = {}) {
  const record = {
    appCalls: [] as string[],
    paths: new Map<string, string>([['userData', options.userData ?? '/home/op/.config/Lianxin']]),
    appListeners: new Map<AppEvent, (() => void)[]>(),
    windows: [] as StandInWindow[],
    handlers: new Map<string, (event: IpcMainInvokeEventLike, ...args: unknown[]) => Promise<unknown>>(),
    schemes: [] as CustomScheme[],
    protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    permissionRequest: undefined as PermissionRequestHandler | null | undefined,
    permissionCheck: undefined as ((webContents: unknown, permission: string) => boolean) | null | undefined,
    menu: undefined as MenuItemOptions[] | undefined,
    errorBoxes: [] as { title: string; content: string }[],
    /** Set by a test to make the next window's load fail. */
    nextLoadFailure: undefined as Error | undefined,
  };

  class BrowserWindow extends StandInWindow {
    constructor(windowOptions: BrowserWindowOptions) {
      super(windowOptions);
      if (record.nextLoadFailure !== undefined) this.loadResult = Promise.reject(record.nextLoadFailure);
      record.windows.push(this);
    }
    static getAllWindows(): StandInWindow[] {
      return record.windows.filter((window) => !window.destroyed);
    }
  }

  const electron = {
    app: {
      isPackaged: options.isPackaged ?? false,
      requestSingleInstanceLock: () => {
        record.appCalls.push('requestSingleInstanceLock');
        return options.lock ?? true;
      },
      whenReady: () => Promise.resolve(),
      on: (event: AppEvent, listener: () => void) => {
        record.appListeners.set(event, [...(record.appListeners.get(event) ?? []), listener]);
      },
      getPath: (name: 'userData') => record.paths.get(name) ?? '',
      setPath: (name: 'userData', path: string) => {
        record.appCalls.push(`setPath ${name}`);
        record.paths.set(name, path);
      },
      getLocale: () => options.locale ?? 'zh-CN',
      quit: () => record.appCalls.push('quit'),
      exit: (code: number) => record.appCalls.push(`exit ${code}`),
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: (event: IpcMainInvokeEventLike, ...args: unknown[]) => Promise<unknown>) => {
        record.handlers.set(channel, listener);
      },
      removeHandler: (channel: string) => {
        record.handlers.delete(channel);
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuItemOptions[]) => template,
      setApplicationMenu: (menu: unknown) => {
        record.menu = Array.isArray(menu) ? menu : undefined;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: CustomScheme[]) => {
        record.schemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
        record.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: PermissionRequestHandler | null) => {
          record.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: ((webContents: unknown, permission: string) => boolean) | null) => {
          record.permissionCheck = handler;
        },
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => {
        record.errorBoxes.push({ title, content });
      },
    },
    screen: {
      getAllDisplays: () => [...(options.displays ?? [laptopScreen])],
      getPrimaryDisplay: () => options.displays?.[0] ?? laptopScreen,
    },
    // Reversible but not plain: a test can tell that what reached the disk was "encrypted".
    safeStorage: {
      isEncryptionAvailable: () => options.encryption ?? true,
      encryptString: (plain: string) => Buffer.from(`stand-in:${Buffer.from(plain).reverse().toString('base64')}`),
      decryptString: (encrypted: Buffer) => {
        const text = encrypted.toString();
        if (!text.startsWith('stand-in:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
        return Buffer.from(text.slice('stand-in:'.length), 'base64').reverse().toString();
      },
    },
  } satisfies ElectronMain;

  const handlerFor = (channel: string) => {
    const handler = record.handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler;
  };
  return {
    electron,
    record,
    emitApp(event: AppEvent): void {
      for (const listener of record.appListeners.get(event) ?? []) listener();
    },
    /** A window as the shell would make it, already showing `url`. */
    addWindow(url: string): StandInWindow {
      const frame = { width: 800, height: 600, minWidth: 800, minHeight: 600, title: 'stand-in', backgroundColor: '#ffffff' };
      openAppWindow(BrowserWindow, frame, url, { preloadPath: '/stand-in/preload.cjs', isPackaged: false, onLoadFailed: () => undefined });
      const window = record.windows.at(-1);
      if (window === undefined) throw new Error('openAppWindow made no window');
      return window;
    },
    /** Calls the handler bound to `channel` as if from a page's top frame showing `frameUrl`. */
    invoke(channel: string, frameUrl: string | null, ...args: unknown[]): Promise<unknown> {
      return handlerFor(channel)({ senderFrame: frameUrl === null ? null : { url: frameUrl, parent: null } }, ...args);
    },
    /** The same from an iframe showing `frameUrl` inside a page showing `pageUrl`. */
    invokeFromSubFrame(channel: string, frameUrl: string, pageUrl: string, ...args: unknown[]): Promise<unknown> {
      const parent = { url: pageUrl, parent: null };
      return handlerFor(channel)({ senderFrame: { url: frameUrl, parent } }, ...args);
    },
  };
}
