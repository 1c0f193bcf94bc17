import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const builderConfigFile = join(projectRoot, 'electron-builder.yml');

/** The parts of electron-builder.yml that `npm run dist` and the ABI check act on. */
export interface BuilderConfig {
  readonly electronVersion: string;
  /** Where electron-builder writes, absolute. */
  readonly outputDir: string;
}

export function readBuilderConfig(file = builderConfigFile): BuilderConfig {
  const config = parse(readFileSync(file, 'utf8')) as { electronVersion?: unknown; directories?: { output?: unknown } };
  if (typeof config.electronVersion !== 'string') throw new Error(`${file} names no electronVersion`);
  const output = typeof config.directories?.output === 'string' ? config.directories.output : 'dist';
  return { electronVersion: config.electronVersion, outputDir: join(projectRoot, output) };
}
