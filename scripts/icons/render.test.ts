import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dmgBackgroundSize, linuxIconSizes, renderBuildResources } from './render';

const buildDir = join(import.meta.dirname, '..', '..', 'build');
let rendered: Map<string, Buffer>;

beforeAll(async () => {
  rendered = renderBuildResources({
    icon: await readFile(join(buildDir, 'icon.svg'), 'utf8'),
    background: await readFile(join(buildDir, 'background.svg'), 'utf8'),
  });
});

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The ICO directory: one entry per image, 0 in the size bytes meaning 256. */
function icoSizes(ico: Buffer): number[] {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
}

/** The ICNS element types, after checking the header's length is the file's. */
function icnsTypes(icns: Buffer): string[] {
  expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const types: string[] = [];
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('latin1'));
  return types;
}

describe('build/ resources', () => {
  it('are committed exactly as the SVG sources render them (run `npm run icons` after editing an SVG)', async () => {
    for (const [path, content] of rendered) {
      const committed = await readFile(join(buildDir, path)).catch(() => undefined);
      expect(committed, `build/${path} is missing`).toBeDefined();
      expect(committed?.equals(content), `build/${path} is stale`).toBe(true);
    }
  });

  it('give Linux a square PNG for every hicolor size, 512 and 256 included', () => {
    for (const size of linuxIconSizes) expect(pngSize(rendered.get(`icons/${size}x${size}.png`) ?? Buffer.alloc(0))).toEqual({ width: size, height: size });
    expect(linuxIconSizes).toEqual(expect.arrayContaining([256, 512]));
  });

  it('give Windows an ICO from 16 to 256 px', () => {
    expect(icoSizes(rendered.get('icon.ico') ?? Buffer.alloc(6))).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 256]));
  });

  it('give macOS an ICNS with the Retina sizes up to 1024 px', () => {
    // ic07…ic10: PNGs of 128, 256, 512 and 1024 (512@2x) pixels.
    expect(icnsTypes(rendered.get('icon.icns') ?? Buffer.alloc(8))).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });

  it('give the dmg window its background at 1x and 2x', () => {
    expect(pngSize(rendered.get('background.png') ?? Buffer.alloc(0))).toEqual(dmgBackgroundSize);
    expect(pngSize(rendered.get('background@2x.png') ?? Buffer.alloc(0))).toEqual({ width: 1080, height: 760 });
  });
});
