import { build, type BuildOptions, type Plugin } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** The crash test's children, bundled once a run instead of transpiled by tsx on every restart. */
export interface CrashBundle {
  /** Browser mode (scripts/start-web.ts), with its sync and migration workers beside it. */
  readonly seat: string;
  /** The hub (hub/cli/main.ts). */
  readonly hub: string;
  /** The folder of both, for lanes that use this bundle. */
  readonly dir: string;
  dispose(): void;
}

/**
 * npm packages stay in node_modules, as in the Electron build, except chinese-days: its ES build
 * imports a JSON file without the `type: 'json'` attribute plain Node requires; bundled, it is inlined.
 */
const packagesExternal: Plugin = {
  name: 'packages-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('chinese-days') ? undefined : { path: args.path, external: true }));
  },
};

/**
 * The same sources esbuild builds for the Electron shell, as ES modules in a folder of dist/ (so
 * node_modules resolves). `import.meta.dirname` is the entry's source folder, which is where the
 * entries find the renderer and package.json; `import.meta.url` stays the bundle's, so the core's
 * `new URL('./sync-worker-boot.mjs', import.meta.url)` finds the bundled worker written under that name.
 */
export async function buildCrashBundle(): Promise<CrashBundle> {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const out = mkdtempSync(join(root, 'dist', 'crash-'));
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    plugins: [packagesExternal],
    // Bundled CommonJS (chinese-days) calls require; an ES module has none of its own.
    banner: { js: "import { createRequire as __crashRequire } from 'node:module'; const require = __crashRequire(import.meta.url);" },
  } satisfies BuildOptions;
  const entry = (source: string, outfile: string) =>
    build({ ...common, entryPoints: [source], outfile: join(out, outfile), define: { 'import.meta.dirname': JSON.stringify(join(root, source, '..')) } });
  try {
    await Promise.all([
      entry('scripts/start-web.ts', 'start-web.mjs'),
      entry('electron/core/sync/sync-worker.ts', 'sync-worker-boot.mjs'),
      entry('electron/core/store/migrate-worker.ts', 'migrate-worker-boot.mjs'),
      entry('hub/cli/main.ts', 'hub.mjs'),
    ]);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
  return { dir: out, seat: join(out, 'start-web.mjs'), hub: join(out, 'hub.mjs'), dispose: () => rmSync(out, { recursive: true, force: true }) };
}
