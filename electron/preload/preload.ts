import { exposeBridge } from './bridge';
import type { ElectronPreload } from './electron-api';

// Bundled to dist/electron/preload.cjs and run sandboxed, where `require` can load only Electron's
// renderer modules; the electron package's types may be absent, so the module gets our own type.
// This project has no Node types (`types: []`), so the sandbox's `require` is declared here alone.
declare const require: (id: 'electron') => ElectronPreload;
const electron = require('electron');

exposeBridge(electron);
