/**
 * Everything electron-builder reads from build/ that is drawn: rendered from the two SVG sources
 * in build/ (icon.svg, background.svg). Deterministic, so a test can tell a stale file from a
 * fresh one by its bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

/** The sizes a Linux desktop looks for in hicolor (electron-builder installs build/icons/NxN.png). */
export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;

/** The dmg window's size in points (electron-builder.yml dmg.window); @2x is for Retina screens. */
export const dmgBackgroundSize = { width: 540, height: 380 } as const;

export interface BuildSources {
  readonly icon: string;
  readonly background: string;
}

/** Renders an SVG to a PNG `width` pixels wide, with no system fonts, so every machine agrees. */
export function renderPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

/** Path under build/ → file content. */
export function renderBuildResources(sources: BuildSources): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const size of linuxIconSizes) files.set(`icons/${size}x${size}.png`, renderPng(sources.icon, size));
  // One large master for the Windows and macOS containers; png2icons scales it to each of their sizes.
  const master = renderPng(sources.icon, 1024);
  files.set('icon.ico', required(png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true), 'icon.ico'));
  files.set('icon.icns', required(png2icons.createICNS(master, png2icons.BICUBIC2, 0), 'icon.icns'));
  files.set('background.png', renderPng(sources.background, dmgBackgroundSize.width));
  files.set('background@2x.png', renderPng(sources.background, dmgBackgroundSize.width * 2));
  return files;
}

function required(file: Buffer | null, name: string): Buffer {
  // png2icons reports failure as null (and logs nothing unless given a logger).
  if (file === null) throw new Error(`png2icons could not make ${name}`);
  return file;
}
