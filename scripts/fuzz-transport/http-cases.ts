import { connect } from 'node:net';
import fc from 'fast-check';
import type { Tally } from './tally';
import { note } from './tally';

/** Requests no browser sends: bad escapes, paths out of the build, odd methods, broken syntax, huge headers. */
const fixed = [
  'GET /% HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /assets/%ff.js HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /../../../../etc/passwd.js HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET //evil.example/x HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
  'DELETE / HTTP/1.1\r\nHost: x\r\n\r\n',
  'BREW / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n',
  'GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\nzz\r\n',
  `GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`,
  `GET /${'a'.repeat(10_000)}.js HTTP/1.1\r\nHost: x\r\n\r\n`,
  'GET /api HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: bad\r\n\r\n',
  'GET /api HTTP/1.1\r\nHost: x\r\nOrigin: http://evil.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
  '\u0000\u0001\u0002garbage\r\n\r\n',
];

/** One raw request; resolves at the first byte of an answer, or when the server closed (or after 3 s: silent). */
function send(port: number, bytes: Buffer, timeoutMs = 3000): Promise<'answered' | 'silent'> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    const done = (outcome: 'answered' | 'silent') => {
      socket.destroy();
      resolve(outcome);
    };
    socket.on('data', () => done('answered'));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve('silent'));
    socket.setTimeout(timeoutMs, () => done('silent'));
  });
}

/** Fixed malformed requests, then random bytes and random paths, until `deadline`. */
export async function fuzzHttp(port: number, tally: Tally, deadline: number, seed: number): Promise<void> {
  for (const request of fixed) {
    tally.casesTried += 1;
    if ((await send(port, Buffer.from(request, 'latin1'))) === 'silent') note(tally, `no answer to ${JSON.stringify(request.slice(0, 40))}`);
  }
  const random = fc.oneof(
    fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
    fc.string({ unit: 'binary', maxLength: 80 }).map((path) => Buffer.from(`GET /${path} HTTP/1.1\r\nHost: x\r\n\r\n`, 'utf8')),
    fc.stringMatching(/^[%0-9a-fA-Fz./\\]{1,40}$/).map((path) => Buffer.from(`GET /${path} HTTP/1.1\r\nHost: x\r\n\r\n`)),
  );
  let run = 0;
  while (Date.now() < deadline) {
    const batch = fc.sample(random, { numRuns: 50, seed: seed + run++ });
    // A silent close is fine for bytes that are not HTTP at all; the server staying up is what counts.
    await Promise.all(batch.map((bytes) => send(port, bytes, 300)));
    tally.casesTried += batch.length;
  }
}
