import { caseStatuses } from '../../shared/case/vocabulary';
import { settledStatuses } from '../../shared/intake/duplicates';
import type { RequestFilter } from '../store/open311-requests';
import { Open311Error } from './reply';

/** The most a GET requests answers at once (GeoReport v2), and the widest date range it may ask for. */
export const maxResults = 1000;
export const maxRangeMs = 90 * 24 * 3600_000;

export type Query = Readonly<Record<string, unknown>>;

/** One query parameter as text: a repeated one is a 400, not a silent pick. */
export function param(q: Query, name: string, max = 200): string | null {
  const v = q[name];
  if (v === undefined || v === '') return null;
  if (typeof v !== 'string') throw new Open311Error(400, `${name} is given more than once`);
  if (v.length > max) throw new Open311Error(400, `${name} is longer than ${max} characters`);
  return v;
}

function date(q: Query, name: string): Date | null {
  const text = param(q, name, 40);
  if (text === null) return null;
  // W3C datetimes: a date, or a date and time with seconds and an offset or Z.
  const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text);
  const d = new Date(text);
  if (!ok || Number.isNaN(d.getTime())) throw new Open311Error(400, `${name} must be a W3C datetime, e.g. 2026-12-01T00:00:00+08:00`);
  return d;
}

/** start_date and end_date at most 90 days apart; without them the last 90 days. */
export function dateRange(q: Query, now: Date): { start: Date; end: Date } {
  const start = date(q, 'start_date');
  const end = date(q, 'end_date') ?? (start ? new Date(start.getTime() + maxRangeMs) : now);
  const from = start ?? new Date(end.getTime() - maxRangeMs);
  if (from > end) throw new Open311Error(400, 'start_date is after end_date');
  if (end.getTime() - from.getTime() > maxRangeMs) throw new Open311Error(400, 'start_date and end_date may be at most 90 days apart');
  return { start: from, end };
}

function positive(q: Query, name: string, fallback: number, max: number): number {
  const text = param(q, name, 8);
  if (text === null) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > max) throw new Open311Error(400, `${name} must be a whole number from 1 to ${max}`);
  return n;
}

const open = caseStatuses.filter((s) => !(settledStatuses as readonly string[]).includes(s));

/** service_request_id, comma-separated, overrides every other filter, as the spec says. */
export function ids(q: Query, name = 'service_request_id'): string[] | null {
  const text = param(q, name, 27 * maxResults);
  if (text === null) return null;
  const list = [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];
  if (list.length > maxResults) throw new Open311Error(400, `At most ${maxResults} service_request_id values`);
  return list;
}

export function requestFilter(q: Query, town: { id: string; publishPhoneCases: boolean }, now: Date): RequestFilter {
  const status = param(q, 'status', 16);
  const statuses = status === null ? null : status.split(',').flatMap((s) => {
    if (s === 'open') return open;
    if (s === 'closed') return [...settledStatuses];
    throw new Open311Error(400, 'status must be open or closed');
  });
  const pageSize = positive(q, 'page_size', maxResults, maxResults);
  const page = positive(q, 'page', 1, 100_000);
  const list = ids(q);
  const range = list ? null : dateRange(q, now);
  return {
    townId: town.id,
    publishPhoneCases: town.publishPhoneCases,
    ids: list,
    serviceCode: param(q, 'service_code', 64),
    statuses,
    start: range?.start ?? null,
    end: range?.end ?? null,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}
