import { join, resolve } from 'node:path';
import type { Core, CoreOptions } from '../core/api/core';
import { dataDirArgument, emptyTownArgument } from './args';
import { ipcChannels } from '../../shared/api/bridge';
import type { BrowserWindowLike, ElectronMain } from './electron-api';
import { bindIpc } from './ipc';
import { installMenu } from './menu';
import { appScheme } from './origin';
import { denyAllPermissions } from './permissions';
import { registerAppScheme, rendererHandler } from './protocol';
import { safeStorageSecrets } from './safe-storage-secrets';
import { chooseWallDisplay, createWallWindow } from './wall-window';
import { createMainWindow, productTitle } from './window';

/** The hub credential, encrypted by safeStorage, in the user-data folder. */
export const CREDENTIAL_FILE_ENCRYPTED = 'hub-credential.enc';

export interface ShellOptions {
  readonly electron: ElectronMain;
  readonly openCore: (options: CoreOptions) => Promise<Core>;
  /** Folder of main.cjs (dist/electron): the preload lies beside it, the renderer in ../renderer. */
  readonly bundleDir: string;
  readonly argv: readonly string[];
  readonly platform: NodeJS.Platform;
}

/** Starts the desktop console: one instance per data folder, one core, one window. */
export async function startShell(options: ShellOptions): Promise<void> {
  const { electron, platform } = options;
  const { app, BrowserWindow, dialog } = electron;
  registerAppScheme(electron.protocol);
  const dataDir = dataDirArgument(options.argv);
  // Before taking the lock: it lives in the user-data folder, so separate folders run side by side.
  if (dataDir !== undefined) app.setPath('userData', resolve(dataDir));
  // A second instance would open the same SQLite file; it hands over to the first and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let mainWindow: BrowserWindowLike | undefined;
  let closeCore: (() => void) | undefined;
  app.on('second-instance', () => {
    if (mainWindow === undefined || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    closeCore?.();
    closeCore = undefined;
  });

  await app.whenReady();
  electron.protocol.handle(appScheme, rendererHandler(join(options.bundleDir, '..', 'renderer')));
  denyAllPermissions(electron.session.defaultSession);

  const dataFolder = app.getPath('userData');
  let core: Core;
  try {
    core = await options.openCore({
      dataDir: dataFolder,
      demoHistory: !emptyTownArgument(options.argv),
      secretStore: safeStorageSecrets(electron.safeStorage, join(dataFolder, CREDENTIAL_FILE_ENCRYPTED)),
      // Bundled beside main.cjs by scripts/build-electron.ts.
      syncWorkerFile: join(options.bundleDir, 'sync-worker.cjs'),
    });
  } catch (error) {
    dialog.showErrorBox(productTitle, `无法打开数据 Cannot open the data in\n${dataFolder}\n\n${describe(error)}`);
    app.exit(1);
    return;
  }
  const unbindIpc = bindIpc(electron.ipcMain, core, () => BrowserWindow.getAllWindows());
  closeCore = () => {
    unbindIpc();
    core.close();
  };

  let wallWindow: BrowserWindowLike | undefined;
  const openWall = (displayId?: number): void => {
    if (wallWindow !== undefined && !wallWindow.isDestroyed()) {
      wallWindow.focus();
      return;
    }
    wallWindow = createWallWindow(BrowserWindow, chooseWallDisplay(electron.screen, displayId), {
      preloadPath: join(options.bundleDir, 'preload.cjs'),
      isPackaged: app.isPackaged,
      onLoadFailed: (error) => dialog.showErrorBox(productTitle, `无法加载大屏 Cannot load the wall display\n\n${describe(error)}`),
    });
  };
  installMenu(electron.Menu, {
    locale: app.getLocale(),
    platform,
    isPackaged: app.isPackaged,
    send: (command) => {
      if (mainWindow !== undefined && !mainWindow.isDestroyed()) mainWindow.webContents.send(ipcChannels.push, 'shell:command', { command });
    },
    wallDisplays: electron.screen.getAllDisplays().map((d, i) => ({ id: d.id, label: d.label || `${i + 1}` })),
    openWall,
  });
  const openWindow = (): void => {
    mainWindow = createMainWindow(BrowserWindow, {
      preloadPath: join(options.bundleDir, 'preload.cjs'),
      isPackaged: app.isPackaged,
      onLoadFailed: (error) => {
        dialog.showErrorBox(productTitle, `无法加载界面 Cannot load the interface\n\n${describe(error)}`);
        app.quit();
      },
    });
  };
  openWindow();
  // macOS keeps the app alive without windows; clicking the dock icon brings the console back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
