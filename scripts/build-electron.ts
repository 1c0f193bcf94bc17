/**
 * Bundles the Electron shell: dist/electron/main.cjs (main process, core included),
 * dist/electron/sync-worker.cjs (the core's sync worker thread) and dist/electron/preload.cjs.
 * Run with tsx: `npm run build:electron`.
 */
import { build, type BuildOptions } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
} satisfies BuildOptions;

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
    platform: 'node',
    target: 'node22',
    // Our own code (shell, core, shared) is bundled; npm packages are required from node_modules,
    // which the packaged app ships. That covers the native better-sqlite3 and `electron` itself,
    // and keeps packages that locate their own files at run time (pino's workers) working.
    packages: 'external',
    // import.meta locates the sync worker's source boot, which the bundle never uses: the shell
    // passes the bundled sync-worker.cjs instead (electron/main/app.ts).
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  // The sync worker thread, started by the core from beside main.cjs (electron/main/app.ts).
  build({
    ...common,
    entryPoints: ['electron/core/sync/sync-worker.ts'],
    outfile: 'dist/electron/sync-worker.cjs',
    platform: 'node',
    target: 'node22',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    // The sandboxed preload has no Node: building for the browser makes a stray Node import fail here.
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
  }),
]);
