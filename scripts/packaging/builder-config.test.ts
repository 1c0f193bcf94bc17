import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builderConfigFile, projectRoot, readBuilderConfig } from './builder-config';

// electron-builder's own code, from the app-builder-lib it pins: what it validates and writes,
// not a reading of ours.
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as {
  LinuxTargetHelper: new (packager: unknown) => { computeDesktopEntry(options: unknown): Promise<string> };
};

interface Config {
  linux: { target: string[]; description: string };
  win: { target: string };
  mac: { target: string; category: string };
  nsis: { perMachine: boolean; installerLanguages: string[]; include: string };
  asarUnpack: string[];
  npmRebuild: boolean;
  extraMetadata: Record<string, string>;
}
const config = parse(readFileSync(builderConfigFile, 'utf8')) as Config;
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Record<string, unknown> & {
  productName: string;
  optionalDependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, linux: { ...config.linux, tagret: 'deb' } }, new DebugLogger(false))).rejects.toThrow();
  });

  it('makes an AppImage and a deb, a per-user NSIS installer in Chinese and English, and a dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.nsis).toMatchObject({ perMachine: false, installerLanguages: ['zh_CN', 'en_US'], include: 'build/installer.nsh' });
    expect(readFileSync(join(projectRoot, config.nsis.include), 'utf8')).toMatch(/!macro customUnInstall/);
    expect(config.mac.target).toBe('dmg');
  });

  it('packages better-sqlite3 outside the asar, rebuilt for the Electron the npm package pins', () => {
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/build/Release/*.node');
    expect(config.npmRebuild).toBe(true);
    expect(readBuilderConfig().electronVersion).toBe(packageJson.optionalDependencies.electron);
  });

  it('gives Linux a desktop entry named in both languages whose window class is the one Electron sets', async () => {
    const metadata = { ...packageJson, ...config.extraMetadata };
    const packager = {
      appInfo: { productName: packageJson.productName, sanitizedProductName: packageJson.productName, description: packageJson.description },
      executableName: 'lianxin',
      info: { metadata },
      fileAssociations: [],
      config,
      platformSpecificBuildOptions: config.linux,
    };
    const entry = await new LinuxTargetHelper(packager).computeDesktopEntry(config.linux);
    const keys = Object.fromEntries(entry.split('\n').flatMap((line) => (/^[^=[]+(\[[^\]]+\])?=/.test(line) ? [line.split(/=(.*)/s).slice(0, 2)] : [])));
    expect(keys).toMatchObject({
      Name: 'Lianxin',
      'Name[zh_CN]': '连心线',
      Comment: config.linux.description,
      'Comment[zh_CN]': expect.stringContaining('12345'),
      Categories: 'Office;',
      Icon: 'lianxin',
      Type: 'Application',
    });
    // Electron names the window after the packaged package.json's desktopName.
    expect(keys.StartupWMClass).toBe(config.extraMetadata.desktopName?.replace(/\.desktop$/, ''));
  });
});
