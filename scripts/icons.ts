/**
 * `npm run icons`: renders build/icon.svg and build/background.svg into the icons and the dmg
 * background electron-builder reads from build/. The outputs are committed, so `npm run dist`
 * needs no drawing step; scripts/icons/render.test.ts fails when they lag behind the SVGs.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBuildResources } from './icons/render';

const buildDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');

const files = renderBuildResources({
  icon: await readFile(join(buildDir, 'icon.svg'), 'utf8'),
  background: await readFile(join(buildDir, 'background.svg'), 'utf8'),
});
for (const [path, content] of files) {
  await mkdir(dirname(join(buildDir, path)), { recursive: true });
  await writeFile(join(buildDir, path), content);
}
console.log(`Wrote ${files.size} files to build/: ${[...files.keys()].join(', ')}`);
