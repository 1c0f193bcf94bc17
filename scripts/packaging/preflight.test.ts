import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './builder-config';
import { electronDistArgument, targetsOf, whyDistCannotRun, zipsIn, type DistCircumstances } from './preflight';

const linuxHost = { platform: 'linux', arch: 'x64' } as const;
const nothingAtHand: DistCircumstances = {
  electronVersion: '41.7.1',
  targets: [linuxHost],
  electronDist: undefined,
  electronBinary: undefined,
  cacheDirs: ['/home/op/.cache/electron'],
  cachedZips: new Set(),
};

describe('dist preflight', () => {
  it('refuses in one line, naming the zip it lacks, when Electron can be neither downloaded nor found', () => {
    const why = whyDistCannotRun(nothingAtHand);
    expect(why).toContain('electron-v41.7.1-linux-x64.zip not in /home/op/.cache/electron');
    expect(why).not.toContain('\n');
  });

  it('goes ahead with an unpacked Electron, a downloaded binary, or every target’s zip cached', () => {
    expect(whyDistCannotRun({ ...nothingAtHand, electronDist: '/opt/electron' })).toBeUndefined();
    expect(whyDistCannotRun({ ...nothingAtHand, electronBinary: '/x/node_modules/electron/dist/electron' })).toBeUndefined();
    expect(whyDistCannotRun({ ...nothingAtHand, cachedZips: new Set(['electron-v41.7.1-linux-x64.zip']) })).toBeUndefined();
    const two = { ...nothingAtHand, targets: [linuxHost, { platform: 'win32', arch: 'x64' }] } as const;
    expect(whyDistCannotRun({ ...two, cachedZips: new Set(['electron-v41.7.1-linux-x64.zip']) })).toMatch(/electron-v41\.7\.1-win32-x64\.zip/);
    expect(whyDistCannotRun({ ...nothingAtHand, cachedZips: new Set(['electron-v41.7.0-linux-x64.zip']) })).toBeDefined();
  });

  it('reads the targets from electron-builder’s arguments', () => {
    expect(targetsOf([], linuxHost)).toEqual([linuxHost]);
    expect(targetsOf(['--win', '--linux', 'AppImage', '--arm64'], linuxHost)).toEqual([
      { platform: 'win32', arch: 'arm64' },
      { platform: 'linux', arch: 'arm64' },
    ]);
    expect(targetsOf(['-m', '--universal'], linuxHost)).toEqual([
      { platform: 'darwin', arch: 'x64' },
      { platform: 'darwin', arch: 'arm64' },
    ]);
  });

  it('reads -c.electronDist in both spellings', () => {
    expect(electronDistArgument(['--linux', 'dir', '-c.electronDist=/opt/e'])).toBe('/opt/e');
    expect(electronDistArgument(['--config.electronDist', '/opt/e'])).toBe('/opt/e');
    expect(electronDistArgument(['-c.npmRebuild=false'])).toBeUndefined();
  });
});

describe('npm run dist where Electron cannot be had', () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(join(tmpdir(), 'lianxin-dist-'));
    await mkdir(join(empty, 'cache', '0f3a'), { recursive: true });
    await writeFile(join(empty, 'cache', '0f3a', 'electron-v41.7.1-linux-x64.zip'), '');
  });
  afterAll(() => rm(empty, { recursive: true, force: true }));

  it('finds cached zips where @electron/get nests them', () => {
    expect(zipsIn([join(empty, 'cache'), join(empty, 'missing')])).toEqual(new Set(['electron-v41.7.1-linux-x64.zip']));
  });

  it('says so in one line and exits 1 without building', () => {
    // ELECTRON_OVERRIDE_DIST_PATH points the electron package at a folder with no binary, so this
    // holds on a machine that has Electron too; the caches are empty folders.
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'dist.ts'), '--linux', 'AppImage'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty, ELECTRON_CACHE: join(empty, 'none'), XDG_CACHE_HOME: empty, HOME: empty },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^npm run dist cannot package here: .*electron-v41\.7\.1-linux-x64\.zip/)]);
  });
});
