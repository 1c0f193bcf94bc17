import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackagedAbi, electronAbi } from './check';
import { elfDynamicSymbols, readNativeAbi } from './read-abi';

// The module npm built for this Node: its ABI is Node's, so against Electron's it must fail.
const nodeBuilt = join(import.meta.dirname, '..', '..', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const nodeAbi = Number(process.versions.modules);

describe('reading a native module’s ABI', () => {
  it('reads Node’s ABI from the better-sqlite3 npm built here (115 on Node 20)', () => {
    expect(readNativeAbi(readFileSync(nodeBuilt))).toEqual({ ok: true, abi: nodeAbi, how: 'elf-dynsym' });
    if (process.versions.node.startsWith('20.')) expect(nodeAbi).toBe(115);
  });

  it('takes the symbol from the exported ones, among the addon’s other exports', () => {
    const exported = elfDynamicSymbols(readFileSync(nodeBuilt));
    expect(exported).toContain(`node_register_module_v${nodeAbi}`);
    // Imported symbols (V8's, libc's: defined by the host process) are not exports.
    expect(exported).not.toContain('_ZN2v811HandleScopeD1Ev');
    expect(exported).not.toContain('malloc');
  });

  it('refuses what it cannot read rather than guess', () => {
    const elf = readFileSync(nodeBuilt);
    expect(readNativeAbi(elf.subarray(0, 200))).toEqual({ ok: false, reason: 'truncated or malformed ELF file' });
    expect(readNativeAbi(Buffer.from('#!/bin/sh\n'))).toMatchObject({ ok: false });
  });

  it('finds the exported name in Windows and macOS modules, and refuses two different ones', () => {
    const pe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300), Buffer.from('node_register_module_v145\0napi_x\0')]);
    expect(readNativeAbi(pe)).toEqual({ ok: true, abi: 145, how: 'string-scan' });
    const machO = Buffer.concat([Buffer.from('cffaedfe', 'hex'), Buffer.alloc(60), Buffer.from('_node_register_module_v145\0')]);
    expect(readNativeAbi(machO)).toMatchObject({ ok: true, abi: 145 });
    const both = Buffer.concat([pe, Buffer.from('node_register_module_v115\0')]);
    expect(readNativeAbi(both)).toEqual({ ok: false, reason: 'names more than one ABI: 145, 115' });
  });
});

describe('checking a packaged app', () => {
  let release: string;
  beforeAll(async () => {
    release = await mkdtemp(join(tmpdir(), 'lianxin-release-'));
    const dir = join(release, 'linux-unpacked', 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release');
    await mkdir(dir, { recursive: true });
    await copyFile(nodeBuilt, join(dir, 'better_sqlite3.node'));
  });
  afterAll(() => rm(release, { recursive: true, force: true }));

  it('knows Electron 41’s NODE_MODULE_VERSION from node-abi, and no made-up version’s', () => {
    expect(electronAbi('41.7.1')).toBe(145);
    expect(() => electronAbi('999.0.0')).toThrow();
  });

  it('fails a module built for Node rather than Electron, and passes one built for the ABI asked', async () => {
    const [forElectron] = await checkPackagedAbi(release, electronAbi('41.7.1'));
    expect(forElectron).toMatchObject({ ok: false, line: expect.stringContaining(`built for ABI ${nodeAbi}, Electron needs 145`) });
    expect(await checkPackagedAbi(release, nodeAbi)).toEqual([expect.objectContaining({ ok: true })]);
  });

  it('finds nothing to pass in a folder without a packaged module', async () => {
    expect(await checkPackagedAbi(join(release, 'nowhere'), 145)).toEqual([]);
  });
});
