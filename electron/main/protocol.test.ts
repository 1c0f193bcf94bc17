import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAppScheme, rendererHandler } from './protocol';
import { createStandInElectron } from './testing/stand-in-electron';

let root: string;
let serve: (request: Request) => Promise<Response>;
const get = (url: string) => serve(new Request(url));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lianxin-protocol-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>连心线</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'not for the page');
  serve = rendererHandler(rendererDir);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('app scheme', () => {
  it('is registered as a standard, secure scheme that other origins cannot read', () => {
    const { electron, record } = createStandInElectron();
    registerAppScheme(electron.protocol);
    expect(record.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, codeCache: true },
      },
    ]);
  });

  it('serves the page with its type and the CSP header', async () => {
    const response = await get('app://lianxin/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('连心线');
    expect((await get('app://lianxin/')).status).toBe(200);
  });

  it('serves assets as JavaScript', async () => {
    const response = await get('app://lianxin/assets/index-abc.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers an in-app route with the page, a missing file with 404', async () => {
    expect(await (await get('app://lianxin/cases/new')).text()).toContain('连心线');
    expect((await get('app://lianxin/assets/missing.js')).status).toBe(404);
  });

  it('never reaches outside the renderer folder', async () => {
    for (const url of [
      'app://lianxin/../secret.txt',
      'app://lianxin/%2e%2e/secret.txt',
      'app://lianxin/..%2fsecret.txt',
      'app://lianxin/assets/..%2F..%2Fsecret.txt',
      'app://lianxin/%E0%A4%A',
    ]) {
      const response = await get(url);
      expect(await response.text(), url).not.toContain('not for the page');
    }
    expect((await get('app://lianxin/..%2fsecret.txt')).status).toBe(404);
  });

  it('refuses other hosts and methods', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await serve(new Request('app://lianxin/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
  });
});
