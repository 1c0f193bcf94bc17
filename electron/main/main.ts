import { openCore } from '../core/open-core';
import { startShell } from './app';
import type { ElectronMain } from './electron-api';

// This file runs only as the CommonJS bundle dist/electron/main.cjs inside Electron, where
// `require('electron')` is Electron's built-in module and __dirname is dist/electron. The module is
// typed by our own interface because the electron package (and its types) may not be installed.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const electron: ElectronMain = require('electron');

startShell({ electron, openCore, bundleDir: __dirname, argv: process.argv, platform: process.platform }).catch(
  (error: unknown) => {
    console.error('Lianxin failed to start', error);
    electron.app.exit(1);
  },
);
