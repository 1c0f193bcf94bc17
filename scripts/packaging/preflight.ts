/**
 * Whether `npm run dist` can package here, decided before anything is built: electron-builder
 * needs Electron's zip for every target, and where it can neither find nor download one it fails
 * late and verbosely. Electron's own binary in node_modules is the sign that downloads work here
 * (the package's install step fetched it); otherwise a zip must be at hand.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Target {
  readonly platform: 'linux' | 'win32' | 'darwin';
  readonly arch: string;
}

export interface DistCircumstances {
  readonly electronVersion: string;
  readonly targets: readonly Target[];
  /** `-c.electronDist=…`, if given and present: an unpacked Electron needs no download. */
  readonly electronDist: string | undefined;
  /** Electron's binary from the npm package, if it was downloaded. */
  readonly electronBinary: string | undefined;
  /** The caches searched, and the zip file names found in them. */
  readonly cacheDirs: readonly string[];
  readonly cachedZips: ReadonlySet<string>;
}

export function electronZipName(version: string, target: Target): string {
  return `electron-v${version}-${target.platform}-${target.arch}.zip`;
}

/** One line saying why packaging cannot run here, or undefined when it can. */
export function whyDistCannotRun(c: DistCircumstances): string | undefined {
  if (c.electronDist !== undefined || c.electronBinary !== undefined) return undefined;
  const missing = c.targets.map((t) => electronZipName(c.electronVersion, t)).filter((zip) => !c.cachedZips.has(zip));
  if (missing.length === 0) return undefined;
  return (
    `npm run dist cannot package here: no Electron ${c.electronVersion} to package (the electron package has no binary, so its download failed or was skipped; ` +
    `${missing.join(', ')} not in ${c.cacheDirs.join(' or ')}; no -c.electronDist=DIR).`
  );
}

const platformFlags: Readonly<Record<string, Target['platform']>> = {
  '--linux': 'linux',
  '-l': 'linux',
  '--win': 'win32',
  '--windows': 'win32',
  '-w': 'win32',
  '--mac': 'darwin',
  '--macos': 'darwin',
  '-m': 'darwin',
};
const archFlags = ['x64', 'ia32', 'armv7l', 'arm64', 'universal'];

/** The platforms and architectures electron-builder will package for, from its arguments. */
export function targetsOf(args: readonly string[], host: Target): Target[] {
  const platforms = [...new Set(args.flatMap((arg) => platformFlags[arg] ?? []))];
  const arches = args.flatMap((arg) => (archFlags.includes(arg.replace(/^--/, '')) && arg.startsWith('--') ? [arg.slice(2)] : []));
  // A universal macOS build is made from both of Electron's macOS builds.
  const expand = (arch: string) => (arch === 'universal' ? ['x64', 'arm64'] : [arch]);
  return (platforms.length > 0 ? platforms : [host.platform]).flatMap((platform) =>
    (arches.length > 0 ? arches : [host.arch]).flatMap(expand).map((arch) => ({ platform, arch })),
  );
}

/** `-c.electronDist=DIR` or `--config.electronDist DIR`, as electron-builder reads it. */
export function electronDistArgument(args: readonly string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    const match = /^(?:-c|--config)\.electronDist(?:=(.*))?$/.exec(arg);
    if (match) return match[1] ?? args[i + 1];
  }
  return undefined;
}

/** Where @electron/get (used by electron-builder) keeps Electron zips unless told otherwise. */
export function defaultElectronCache(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron');
}

/** Zip names anywhere under the folders (@electron/get nests them under a hash of the URL). */
export function zipsIn(folders: readonly string[]): Set<string> {
  const zips = new Set<string>();
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.startsWith('electron-v') && entry.name.endsWith('.zip')) zips.add(entry.name);
    }
  }
  return zips;
}
