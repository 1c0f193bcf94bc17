/**
 * `npm run dist [-- electron-builder arguments]`: packages the console with electron-builder.yml,
 * then checks the packaged better-sqlite3 was built for Electron's ABI. Where Electron cannot be
 * had (no download, no cached zip, no -c.electronDist), says so in one line and exits 1 before
 * building anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { builderConfigFile, projectRoot, readBuilderConfig } from './packaging/builder-config';
import { defaultElectronCache, electronDistArgument, targetsOf, whyDistCannotRun, zipsIn, type Target } from './packaging/preflight';

const args = process.argv.slice(2);
const config = readBuilderConfig();
const electronDist = electronDistArgument(args);
const electronCache = process.env.ELECTRON_CACHE;
const cacheDirs = [electronCache, defaultElectronCache(process.platform, process.env)].flatMap((d) => d ?? []);
const cannot = whyDistCannotRun({
  electronVersion: config.electronVersion,
  targets: targetsOf(args, { platform: process.platform as Target['platform'], arch: process.arch }),
  electronDist: electronDist !== undefined && existsSync(resolve(electronDist)) ? electronDist : undefined,
  electronBinary: electronBinary(),
  cacheDirs,
  cachedZips: zipsIn(cacheDirs),
});
if (cannot !== undefined) {
  console.error(cannot);
  process.exit(1);
}

const tsx = [process.execPath, '--import', 'tsx'];
run([process.execPath, join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
run([...tsx, join(projectRoot, 'scripts', 'build-electron.ts')]);
// @electron/get does not read ELECTRON_CACHE itself; pass it on so a zip placed there is used.
const cacheArgs = electronCache === undefined ? [] : [`-c.electronDownload.cache=${electronCache}`];
run([process.execPath, join(projectRoot, 'node_modules', 'electron-builder', 'cli.js'), '--config', builderConfigFile, ...cacheArgs, ...args]);
run([...tsx, join(projectRoot, 'scripts', 'check-native-abi.ts'), config.outputDir]);

/** The electron package exports its binary's path, and throws if the binary was never fetched. */
function electronBinary(): string | undefined {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function run([command = '', ...commandArgs]: string[]): void {
  const { status } = spawnSync(command, commandArgs, { cwd: projectRoot, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
