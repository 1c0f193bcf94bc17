import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { contentSecurityPolicy } from '../core/server/csp';
import type { ProtocolLike } from './electron-api';
import { appHost, appScheme } from './origin';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, codeCache: true },
    },
  ]);
}

/**
 * Serves dist/renderer under app://lianxin/. Responses are built here rather than through
 * net.fetch(file://…) so the CSP header (the same policy browser mode sends) rides on every response
 * and nothing outside the renderer folder can be reached, whatever the path says. This is where the
 * header applies: the window loads nothing over http, so there is no webRequest hook to add.
 */
export function rendererHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = fileFor(rendererDir, request);
    if (file === undefined) return notFound();
    const body = await read(file);
    if (body !== undefined) return respond(file, body);
    // A path without an extension is an in-app route: serve the app so a reload lands back on it.
    if (extname(file) !== '') return notFound();
    const index = join(rendererDir, 'index.html');
    const page = await read(index);
    return page === undefined ? notFound() : respond(index, page);
  };
}

function fileFor(root: string, request: Request): string | undefined {
  const url = new URL(request.url);
  if (url.host !== appHost || request.method !== 'GET') return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  const file = join(root, pathname === '/' ? 'index.html' : pathname);
  const rel = relative(root, file);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : file;
}

function read(file: string): Promise<Buffer | undefined> {
  return readFile(file).catch(() => undefined);
}

function notFound(): Response {
  return new Response(null, { status: 404 });
}

function respond(file: string, body: Buffer): Response {
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
    },
  });
}
