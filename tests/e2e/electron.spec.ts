import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/** The electron package exports its binary's path, and throws when the binary was never fetched. */
function electronBinary(): string | undefined {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

let app: ElectronApplication | undefined;
let dataDir: string | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

test('the desktop console shows the renderer with nothing but the bridge', async () => {
  const binary = electronBinary();
  test.skip(binary === undefined, 'no Electron binary');
  // The renderer is built by the e2e runner; the shell bundle is quick to make here.
  const build = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-electron.ts')], { cwd: root });
  expect(build.status, build.stderr.toString()).toBe(0);
  dataDir = mkdtempSync(join(tmpdir(), 'lianxin-electron-'));
  // Chromium refuses its own sandbox as root (CI containers); the page's sandbox is what is tested.
  const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await electron.launch({ executablePath: binary, args: [...asRoot, root, `--data=${dataDir}`], cwd: root });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');

  await expect(page).toHaveTitle(/连心线/);
  expect(page.url()).toMatch(/^app:\/\/lianxin\//);
  const globals = await page.evaluate(() => ({
    bridge: Object.keys(Object(Reflect.get(window, 'lianxin'))).sort(),
    require: typeof require,
    process: typeof process,
    module: typeof module,
  }));
  expect(globals).toEqual({ bridge: ['invoke', 'on'], require: 'undefined', process: 'undefined', module: 'undefined' });

  const calls = await page.evaluate(async () => {
    const bridge: unknown = Reflect.get(window, 'lianxin');
    const invoke = (call: object): Promise<unknown> => Reflect.apply(Reflect.get(Object(bridge), 'invoke'), bridge, [call]);
    const unknown = await invoke({ method: 'files:delete', input: {}, session: null, lang: 'en' }).then(
      () => 'sent',
      () => 'rejected',
    );
    const known = await invoke({ method: 'cases:list', input: {}, session: null, lang: 'en' });
    return { unknown, known, popup: window.open('https://example.com/') === null };
  });
  expect(calls).toMatchObject({ unknown: 'rejected', known: { ok: false, error: { code: 'unauthenticated' } }, popup: true });
});
