import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from './csp';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/**
 * Vite names every file under assets/ by a hash of its content, so a cached copy is never stale:
 * a warm start takes them from the browser's cache (and V8's code cache, which keeps only for a
 * response the browser kept) instead of downloading and compiling the whole intake path again.
 */
const immutable = 'public, max-age=31536000, immutable';
const hashedAsset = (pathname: string) => pathname.startsWith('/assets/') && extname(pathname) !== '';
/** The rest (index.html names the current hashes) is asked about each time; unchanged, it answers 304. */
const entityTag = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

/** The request's path, decoded; null when it cannot be a path of ours (bad escapes, NUL, too long). */
export function requestPath(url: string | undefined): string | null {
  if (url === undefined || url.length > 2048 || !url.startsWith('/')) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  return pathname.includes('\0') || pathname.includes('\\') ? null : pathname;
}

/**
 * Serves the built renderer: only files whose real path (links resolved) lies inside `root`;
 * routes without an extension get the app, missing files a 404, malformed paths a 400.
 */
export function staticFiles(root: string) {
  const realRoot = realpath(root).then((dir) => normalize(dir + sep)).catch(() => normalize(root + sep));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = requestPath(req.url);
    if (pathname === null) {
      res.writeHead(400, securityHeaders).end();
      return;
    }
    const base = await realRoot;
    const requested = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
    const file = extname(requested) ? requested : join(base, 'index.html');
    const body = await readInside(base, file);
    if (body === null) {
      res.writeHead(404, securityHeaders).end();
      return;
    }
    const etag = entityTag(body);
    const headers = {
      ...securityHeaders,
      ...(hashedAsset(pathname) ? { 'Cache-Control': immutable } : {}),
      ETag: etag,
      'Content-Type': mimeTypes[extname(file)] ?? 'application/octet-stream',
    };
    if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

async function readInside(base: string, file: string): Promise<Buffer | null> {
  try {
    const real = await realpath(file);
    return real.startsWith(base) ? await readFile(real) : null;
  } catch {
    return null;
  }
}
