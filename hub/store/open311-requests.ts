import type { CaseEvent } from '../../shared/case/events';
import type { CaseRecord } from '../../shared/case/record';
import { expandCaseRecord, type StoredCaseRecord } from '../../shared/case/stored-record';
import type { Client, Pool } from './db';
import { lockSpace } from './locks';

export interface Open311RequestRow {
  readonly caseId: string;
  readonly townId: string;
  readonly clientId: string;
  readonly token: string;
  readonly reporter: string;
  readonly textHash: Buffer;
  readonly lat: number | null;
  readonly long: number | null;
  readonly addressId: string | null;
}

/** The next number of the day for the hub's Open311 cases of the town; the row lock makes two POSTs differ. */
export async function nextOpen311CaseSequence(db: Client, townId: string, day: string): Promise<number> {
  const { rows } = await db.query<{ last: number }>({
    name: 'open311-case-number',
    text: `INSERT INTO open311_case_numbers (town_id, day, last) VALUES ($1, $2, 1)
           ON CONFLICT (town_id, day) DO UPDATE SET last = open311_case_numbers.last + 1 RETURNING last`,
    values: [townId, day],
  });
  return rows[0]?.last ?? 1;
}

/** The case a client filed for this reporter with this text since `since`: a repeated POST is the same request. */
export async function sameRecentRequest(db: Client, clientId: string, reporter: string, textHash: Buffer, since: Date): Promise<{ caseId: string; token: string } | null> {
  const { rows } = await db.query<{ case_id: string; token: string }>({
    name: 'open311-same-recent',
    text: `SELECT case_id, token FROM open311_requests WHERE client_id = $1 AND reporter = $2 AND text_hash = $3 AND created_at >= $4
           ORDER BY created_at LIMIT 1`,
    values: [clientId, reporter, textHash, since],
  });
  const r = rows[0];
  return r ? { caseId: r.case_id, token: r.token } : null;
}

export async function insertOpen311Request(db: Client, row: Open311RequestRow): Promise<void> {
  await db.query({
    name: 'open311-requests-insert',
    text: `INSERT INTO open311_requests (case_id, town_id, client_id, token, reporter, text_hash, lat, long, address_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    values: [row.caseId, row.townId, row.clientId, row.token, row.reporter, row.textHash, row.lat, row.long, row.addressId],
  });
}

export async function caseIdOfToken(db: Pool | Client, townId: string, token: string): Promise<string | null> {
  const { rows } = await db.query<{ case_id: string }>({
    name: 'open311-token',
    text: 'SELECT case_id FROM open311_requests WHERE town_id = $1 AND token = $2',
    values: [townId, token],
  });
  return rows[0]?.case_id ?? null;
}

/** Open cases of the committee and category filed since `since`: what a new request may repeat. */
export async function recentOpenCases(db: Client, townId: string, committeeId: string, categoryId: string, since: Date, settled: readonly string[]): Promise<CaseRecord[]> {
  const { rows } = await db.query<{ record: StoredCaseRecord }>({
    name: 'open311-duplicate-candidates',
    text: `SELECT record FROM cases WHERE town_id = $1 AND record->>'committeeId' = $2 AND record->>'categoryId' = $3
           AND registered_at >= $4 AND NOT (status = ANY($5::text[])) ORDER BY registered_at DESC LIMIT 200`,
    values: [townId, committeeId, categoryId, since, settled],
  });
  return rows.map((r) => expandCaseRecord(r.record));
}

export interface RequestFilter {
  readonly townId: string;
  /** Cases filed by phone are shown only where the town publishes them. */
  readonly publishPhoneCases: boolean;
  readonly ids: readonly string[] | null;
  readonly serviceCode: string | null;
  /** Statuses to include; null: any. */
  readonly statuses: readonly string[] | null;
  readonly start: Date | null;
  readonly end: Date | null;
  readonly limit: number;
  readonly offset: number;
}

export interface PublicCase {
  readonly record: CaseRecord;
  readonly lat: number | null;
  readonly long: number | null;
  readonly addressId: string | null;
}

const visible = `c.town_id = $1 AND (r.case_id IS NOT NULL OR $2::boolean)`;

/** The town's cases an Open311 reader may see, newest first; a list of ids replaces every other filter. */
export async function publicCases(db: Pool | Client, f: RequestFilter): Promise<PublicCase[]> {
  const { rows } = await db.query<{ record: StoredCaseRecord; lat: number | null; long: number | null; address_id: string | null }>({
    name: 'open311-public-cases',
    text: `SELECT c.record, r.lat, r.long, r.address_id FROM cases c LEFT JOIN open311_requests r ON r.case_id = c.id
           WHERE ${visible}
             AND ($3::text[] IS NULL OR c.id = ANY($3::text[]))
             AND ($3::text[] IS NOT NULL OR (
               ($4::text IS NULL OR c.record->>'categoryId' = $4)
               AND ($5::text[] IS NULL OR c.status = ANY($5::text[]))
               AND ($6::timestamptz IS NULL OR c.registered_at >= $6)
               AND ($7::timestamptz IS NULL OR c.registered_at <= $7)))
           ORDER BY c.registered_at DESC, c.id LIMIT $8 OFFSET $9`,
    values: [f.townId, f.publishPhoneCases, f.ids, f.serviceCode, f.statuses, f.start, f.end, f.limit, f.offset],
  });
  return rows.map((r) => ({ record: expandCaseRecord(r.record), lat: r.lat, long: r.long, addressId: r.address_id }));
}

export interface StoredUpdate {
  readonly seq: number;
  readonly event: CaseEvent;
}

/** Events of the town's public cases received in the range, in stream order: the raw stuff of status updates. */
export async function publicCaseEvents(
  db: Pool | Client,
  f: { townId: string; publishPhoneCases: boolean; ids: readonly string[] | null; types: readonly string[]; start: Date; end: Date; limit: number },
): Promise<StoredUpdate[]> {
  const { rows } = await db.query<{ seq: number; body: CaseEvent }>({
    name: 'open311-public-events',
    text: `SELECT e.seq, e.body FROM events e JOIN cases c ON c.id = e.case_id
             LEFT JOIN open311_requests r ON r.case_id = c.id
           WHERE ${visible} AND e.town_id = $1 AND ($3::text[] IS NULL OR c.id = ANY($3::text[]))
             AND e.body->>'type' = ANY($4::text[]) AND e.received_at >= $5 AND e.received_at <= $6
           ORDER BY e.seq LIMIT $7`,
    values: [f.townId, f.publishPhoneCases, f.ids, f.types, f.start, f.end, f.limit],
  });
  return rows.map((r) => ({ seq: r.seq, event: r.body }));
}

/** The names of the town's units and the category tree: what a public answer shows instead of ids. */
export async function referenceOfKind<T>(db: Pool | Client, townId: string, kind: string): Promise<T[]> {
  const { rows } = await db.query<{ data: T }>({
    name: 'open311-reference-of-kind',
    text: 'SELECT data FROM reference_records WHERE town_id = $1 AND kind = $2 AND data IS NOT NULL ORDER BY id',
    values: [townId, kind],
  });
  return rows.map((r) => r.data);
}

/** Held to commit: a repeated POST waits for the first and then finds its request. */
export async function lockOpen311Reporter(db: Client, clientId: string, reporter: string): Promise<void> {
  await db.query({
    name: 'open311-reporter-lock',
    text: 'SELECT pg_advisory_xact_lock($1, hashtext($2))',
    values: [lockSpace.open311Reporter, `${clientId}\n${reporter}`],
  });
}
