/**
 * Reads which Node ABI a native addon was built for, from the file itself: a V8-API addon such as
 * better-sqlite3 exports `node_register_module_v<NODE_MODULE_VERSION>`, and a .node built for
 * another ABI will not load. No tool is trusted to say what it built (see electron-builder.yml).
 */

const registerSymbol = /^_?node_register_module_v(\d+)$/;

export type AbiReading =
  | { readonly ok: true; readonly abi: number; readonly how: 'elf-dynsym' | 'string-scan' }
  | { readonly ok: false; readonly reason: string };

export function readNativeAbi(file: Buffer): AbiReading {
  if (file.subarray(0, 4).toString('latin1') === '\x7fELF') {
    try {
      return fromElf(file);
    } catch (error) {
      if (error instanceof RangeError) return { ok: false, reason: 'truncated or malformed ELF file' };
      throw error;
    }
  }
  // PE (Windows) and Mach-O (macOS): their export tables are not parsed here; the exported name
  // lies in the file's string data either way, so a scan finds it, and refuses two different ones.
  if (file.subarray(0, 2).toString('latin1') === 'MZ' || isMachO(file)) return fromStringScan(file);
  return { ok: false, reason: 'not an ELF, PE or Mach-O file' };
}

/** The exported (defined) symbols of an ELF shared object's dynamic symbol table. */
export function elfDynamicSymbols(file: Buffer): string[] {
  const is64 = file[4] === 2;
  const little = file[5] === 1;
  const u16 = (at: number) => (little ? file.readUInt16LE(at) : file.readUInt16BE(at));
  const u32 = (at: number) => (little ? file.readUInt32LE(at) : file.readUInt32BE(at));
  const word = (at: number) => (is64 ? Number(little ? file.readBigUInt64LE(at) : file.readBigUInt64BE(at)) : u32(at));
  const sectionTable = word(is64 ? 0x28 : 0x20);
  const sectionSize = u16(is64 ? 0x3a : 0x2e);
  const sectionCount = u16(is64 ? 0x3c : 0x30);
  const section = (index: number) => {
    const at = sectionTable + index * sectionSize;
    return {
      type: u32(at + 4),
      offset: word(at + (is64 ? 0x18 : 0x10)),
      size: word(at + (is64 ? 0x20 : 0x14)),
      link: u32(at + (is64 ? 0x28 : 0x18)),
      entrySize: word(at + (is64 ? 0x38 : 0x24)),
    };
  };
  const SHT_DYNSYM = 11;
  const names: string[] = [];
  for (let i = 0; i < sectionCount; i++) {
    const dynsym = section(i);
    if (dynsym.type !== SHT_DYNSYM || dynsym.entrySize === 0) continue;
    const strings = section(dynsym.link);
    for (let at = dynsym.offset; at + dynsym.entrySize <= dynsym.offset + dynsym.size; at += dynsym.entrySize) {
      // Elf64_Sym: name(4) info(1) other(1) shndx(2) …; Elf32_Sym: name(4) value(4) size(4) info(1) other(1) shndx(2).
      const shndx = u16(at + (is64 ? 6 : 14));
      if (shndx === 0) continue; // undefined: imported, not exported
      const start = strings.offset + u32(at);
      const end = file.indexOf(0, start);
      if (end > start) names.push(file.toString('latin1', start, end));
    }
  }
  return names;
}

function fromElf(file: Buffer): AbiReading {
  const abis = new Set(elfDynamicSymbols(file).flatMap((name) => registerSymbol.exec(name)?.[1] ?? []));
  return single(abis, 'elf-dynsym', 'exports no node_register_module_v… symbol (not a V8-API Node addon?)');
}

function fromStringScan(file: Buffer): AbiReading {
  const abis = new Set([...file.toString('latin1').matchAll(/node_register_module_v(\d+)\0/g)].map((m) => m[1] ?? ''));
  return single(abis, 'string-scan', 'contains no node_register_module_v… name');
}

function single(abis: Set<string>, how: 'elf-dynsym' | 'string-scan', none: string): AbiReading {
  const [abi, ...others] = [...abis];
  if (abi === undefined) return { ok: false, reason: none };
  if (others.length > 0) return { ok: false, reason: `names more than one ABI: ${[...abis].join(', ')}` };
  return { ok: true, abi: Number(abi), how };
}

function isMachO(file: Buffer): boolean {
  const magic = file.length >= 4 ? file.readUInt32BE(0) : 0;
  return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic);
}
