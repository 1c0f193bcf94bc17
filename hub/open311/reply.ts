import type { FastifyReply } from 'fastify';
import { toXml, type Open311Value } from './xml';

export const formats = ['json', 'xml'] as const;
export type Format = (typeof formats)[number];

/** A GeoReport v2 error: answered as `[{ code, description }]` (or `<errors>`) with the same HTTP status. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 415 | 429 | 500 | 503,
    message: string,
  ) {
    super(message);
  }
}

/** `services.json` → the resource and its format; an unknown format is a 404 as the spec says. */
export function splitFile(file: string): { name: string; format: Format } {
  const dot = file.lastIndexOf('.');
  const ext = dot < 0 ? '' : file.slice(dot + 1);
  const format = formats.find((f) => f === ext);
  if (!format) throw new Open311Error(404, 'Unknown format: use .json or .xml');
  return { name: file.slice(0, dot), format };
}

/** The format a failed request asked for, so its error comes back in the same one; JSON when unclear. */
export function formatOfUrl(url: string): Format {
  return /\.xml(\?|$)/.test(url) ? 'xml' : 'json';
}

export function send(reply: FastifyReply, format: Format, root: string, value: Open311Value, status = 200): FastifyReply {
  if (format === 'xml') return reply.code(status).type('text/xml; charset=utf-8').send(toXml(root, value));
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(value));
}

export function sendOpen311Error(reply: FastifyReply, format: Format, status: number, description: string): FastifyReply {
  return send(reply, format, 'errors', [{ code: status, description: description.slice(0, 500) }], status);
}

/** Everything a route or Fastify itself throws, as a GeoReport error; never a stack trace. */
export function classifyOpen311(err: unknown): { status: number; description: string } {
  if (err instanceof Open311Error) return { status: err.status, description: err.message };
  const e = err as { code?: unknown; statusCode?: unknown };
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, description: 'The request body is too large' };
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, description: 'Send the request as application/x-www-form-urlencoded' };
  if (e.statusCode === 429) return { status: 429, description: 'Too many requests for this api_key: slow down' };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return { status: 400, description: 'Bad request' };
  if (e.code === 'ECONNREFUSED' || e.code === '57P01' || e.code === '53300') return { status: 503, description: 'The database is unavailable' };
  return { status: 500, description: 'Internal error' };
}
