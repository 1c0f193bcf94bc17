import { exposeBridge } from './bridge';
import type { ElectronPreload } from './electron-api';

// Bundled to dist/electron/preload.cjs and run sandboxed, where `require` can load only Electron's
// renderer modules; the electron package's types may be absent, so the module gets our own type.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const electron: ElectronPreload = require('electron');

exposeBridge(electron);
