import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { openTestSocket } from '../../../tests/support/ws-client';
import { startBrowserServer, type BrowserServer } from './browser-server';

let h: CoreHarness;
let server: BrowserServer;
let site: string;
const outside = mkdtempSync(join(tmpdir(), 'lianxin-outside-'));

beforeAll(async () => {
  h = await openTestCore();
  site = mkdtempSync(join(tmpdir(), 'lianxin-site-'));
  mkdirSync(join(site, 'assets'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(site, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(outside, 'secret.js'), 'secret');
  symlinkSync(join(outside, 'secret.js'), join(site, 'assets', 'link.js'));
  server = await startBrowserServer(h.core, { port: 0, staticDir: site });
});
afterAll(async () => {
  await server.close();
  h.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** One request written byte for byte, as no well-behaved client would; the status line's code. */
function rawRequest(text: string): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 'none'));
    socket.setTimeout(5000, () => socket.destroy());
  });
}

const get = (path: string) => rawRequest(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

describe('browser mode’s HTTP server under malformed requests', () => {
  it('answers malformed percent-encoding with 400 and keeps serving', async () => {
    expect(await get('/%')).toBe('400');
    expect(await get('/assets/%ff.js')).toBe('400');
    expect(await get('/assets/%00.js')).toBe('400');
    expect(await get('/')).toBe('200');
  });

  it('serves only real files inside the build', async () => {
    expect(await get('/assets/app.js')).toBe('200');
    expect(await get('/assets/link.js')).toBe('404');
    expect(await get('/../../../etc/passwd.js')).toBe('404');
    expect(await get('/assets/..%2f..%2f..%2fetc%2fpasswd.js')).toBe('404');
    expect(await get('/favicon.ico')).toBe('404');
    expect(await get('/some/route')).toBe('200');
  });

  it('refuses bad methods, request lines and headers with 4xx', async () => {
    expect(await rawRequest('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')).toBe('405');
    expect(await rawRequest('BREW / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^4/);
    expect(await rawRequest('\x00\x01garbage\r\n\r\n')).toBe('400');
    expect(await rawRequest(`GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`)).toMatch(/^4/);
    expect(await rawRequest('GET http://evil.example/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe('400');
    expect(await get('/')).toBe('200');
  });
});

describe('browser mode’s HTTP caching', () => {
  it('lets the browser keep the hashed assets and asks about index.html each time, answering 304 when unchanged', async () => {
    const asset = await fetch(new URL('assets/app.js', server.url));
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(server.url);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(server.url, { headers: { 'If-None-Match': `"other", ${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>app, rebuilt</title>');
    const rebuilt = await fetch(server.url, { headers: { 'If-None-Match': etag } });
    expect(rebuilt.status).toBe(200);
    expect(await rebuilt.text()).toContain('rebuilt');
  });
});

describe('browser mode’s WebSocket under bad frames', () => {
  const socketUrl = () => `ws://${new URL(server.url).host}/api`;
  const origin = () => new URL(server.url).origin;

  it('closes only the connection that sent a frame over the limit (1009)', async () => {
    const other = await openTestSocket(server.url);
    const bad = new WebSocket(socketUrl(), { origin: origin() });
    bad.on('error', () => undefined);
    await new Promise((resolve) => bad.once('open', resolve));
    const code = new Promise((resolve) => bad.once('close', resolve));
    bad.send('x'.repeat(3 * 1024 * 1024));
    expect(await code).toBe(1009);
    expect((await other.call('auth:session', {})).ok).toBe(false);
    other.close();
  });

  it('closes a connection that sends invalid UTF-8 (1007)', async () => {
    const bad = new WebSocket(socketUrl(), { origin: origin() });
    bad.on('error', () => undefined);
    await new Promise((resolve) => bad.once('open', resolve));
    const code = new Promise((resolve) => bad.once('close', resolve));
    // A text frame (FIN, opcode 1), masked as a client must, holding 0xff: never valid UTF-8.
    const socket = (bad as unknown as { _socket: import('node:net').Socket })._socket;
    socket.write(Buffer.from([0x81, 0x81, 0, 0, 0, 0, 0xff]));
    expect(await code).toBe(1007);
    const alive = await openTestSocket(server.url);
    expect(await alive.call('nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    alive.close();
  });

  it('answers frames that are not an envelope with a coded error', async () => {
    const client = await openTestSocket(server.url);
    const frames: Array<[string, number | null]> = [
      ['not json', null],
      ['[]', null],
      ['{"id":-1}', null],
      ['null', null],
      [JSON.stringify({ id: 7, method: 'x'.repeat(65), session: null }), 7],
    ];
    for (const [frame, id] of frames) {
      const answer = new Promise((resolve) => client.ws.once('message', (data) => resolve(JSON.parse(String(data)))));
      client.ws.send(frame);
      expect(await answer).toMatchObject({ id, result: { ok: false, error: { code: 'invalid_input' } } });
    }
    client.close();
  });

  it('pushes case ids only to logged-in connections whose user may see the case', async () => {
    const anonymous = await openTestSocket(server.url);
    const hotline = await openTestSocket(server.url);
    const otherUnit = await openTestSocket(server.url);
    const ownUnit = await openTestSocket(server.url);
    const op = await hotline.login('op01');
    await otherUnit.login('h-laoling');
    await ownUnit.login('h-zhucan');
    const filed = await hotline.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    expect(filed.ok).toBe(true);
    await hotline.call('auth:session', {}, op);
    await ownUnit.call('auth:session', {});
    const id = filed.ok ? (filed.value as { id: string }).id : '';
    expect(hotline.pushes).toContainEqual({ push: 'cases:changed', payload: { ids: [id] } });
    expect(ownUnit.pushes).toContainEqual({ push: 'cases:changed', payload: { ids: [id] } });
    expect(otherUnit.pushes).toEqual([]);
    expect(anonymous.pushes).toEqual([]);
    for (const s of [anonymous, hotline, otherUnit, ownUnit]) s.close();
  });

  it('closes a client that sends calls but never reads the answers, and keeps serving the others', async () => {
    const op = await h.login('op01');
    for (let i = 0; i < 200; i++) await h.call('cases:create', { ...mealCase, description: `${mealCase.description} ${'长'.repeat(1500)} ${i}` }, op);
    const reader = await openTestSocket(server.url);
    const slow = await openTestSocket(server.url);
    slow.ws.pause();
    let closed = false;
    void slow.closed.then(() => (closed = true));
    const started = Date.now();
    // Each answer is over 1 MB; 20 a second stays inside the rate limit, so only the buffer bound can stop it.
    while (!closed && Date.now() - started < 15_000) {
      for (let i = 0; i < 4; i++) slow.ws.send(JSON.stringify({ id: i, method: 'cases:list', input: { limit: 200 }, session: op, lang: 'en' }));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(closed).toBe(true);
    expect((await reader.call('auth:session', {}, op)).ok).toBe(true);
    reader.close();
  }, 30_000);

  it('refuses calls past the per-connection rate with a translated, coded error', async () => {
    const client = await openTestSocket(server.url);
    const results = await Promise.all(Array.from({ length: 100 }, () => client.call('auth:session', {})));
    const limited = results.filter((r) => !r.ok && r.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toMatchObject({ error: { message: expect.stringMatching(/Too many requests/) } });
    client.close();
  });
});
