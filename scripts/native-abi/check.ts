import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { readNativeAbi } from './read-abi';

// node-abi is the registry @electron/rebuild itself consults, updated with every Electron release.
const nodeAbi = createRequire(import.meta.url)('node-abi') as { getAbi(target: string, runtime: 'electron' | 'node'): string };

/** Electron's NODE_MODULE_VERSION for `electronVersion`; throws for a version node-abi does not know. */
export function electronAbi(electronVersion: string): number {
  return Number(nodeAbi.getAbi(electronVersion, 'electron'));
}

export interface AbiVerdict {
  readonly file: string;
  readonly ok: boolean;
  readonly line: string;
}

/** Every better_sqlite3.node under `releaseDir` (one per unpacked platform build), checked. */
export async function checkPackagedAbi(releaseDir: string, expected: number): Promise<AbiVerdict[]> {
  const files = (await findFiles(releaseDir, 'better_sqlite3.node')).filter((file) => file.includes('app.asar.unpacked'));
  const verdicts: AbiVerdict[] = [];
  for (const file of files) {
    const shown = relative(process.cwd(), file);
    const reading = readNativeAbi(await readFile(file));
    if (!reading.ok) verdicts.push({ file, ok: false, line: `${shown}: cannot read its ABI: ${reading.reason}` });
    else if (reading.abi !== expected) verdicts.push({ file, ok: false, line: `${shown}: built for ABI ${reading.abi}, Electron needs ${expected}` });
    else verdicts.push({ file, ok: true, line: `${shown}: ABI ${reading.abi}, as Electron needs` });
  }
  return verdicts;
}

async function findFiles(dir: string, name: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name === name).map((entry) => join(entry.parentPath, entry.name));
}
