import type { CaseEvent } from '../../shared/case/events';
import type { Client, Pool } from './db';

export interface NewEvent {
  readonly event: CaseEvent;
  readonly skewed: boolean;
}

/** Ids the hub already holds: a replay is acknowledged, never stored twice. */
export async function heldEventIds(db: Client, ids: readonly string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>({
    name: 'events-held',
    text: 'SELECT id FROM events WHERE id = ANY($1::text[])',
    values: [ids],
  });
  return new Set(rows.map((r) => r.id));
}

/** The town each of these cases belongs to, where the hub has seen the case before. */
export async function caseTowns(db: Client, caseIds: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ case_id: string; town_id: string }>({
    name: 'events-case-towns',
    text: 'SELECT DISTINCT ON (case_id) case_id, town_id FROM event_stream WHERE case_id = ANY($1::text[]) ORDER BY case_id, seq',
    values: [caseIds],
  });
  return new Map(rows.map((r) => [r.case_id, r.town_id]));
}

/**
 * Stores the events, before the sequencer is taken; returns those this statement stored (another
 * hub may have stored some a moment earlier: they are its to number).
 */
export async function insertEvents(db: Client, townId: string, events: readonly NewEvent[]): Promise<{ id: string; caseId: string }[]> {
  if (events.length === 0) return [];
  const { rows } = await db.query<{ id: string; case_id: string }>({
    name: 'events-insert',
    text: `INSERT INTO events (id, town_id, case_id, seat_id, hlc, skewed, body)
           SELECT e.id, $1, e.case_id, e.seat_id, e.hlc, e.skewed, e.body
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::jsonb[])
             AS e(id, case_id, seat_id, hlc, skewed, body)
           ON CONFLICT (id) DO NOTHING
           RETURNING id, case_id`,
    values: [
      townId,
      events.map((e) => e.event.id),
      events.map((e) => e.event.caseId),
      events.map((e) => e.event.seatId),
      events.map((e) => e.event.hlc),
      events.map((e) => e.skewed),
      events.map((e) => JSON.stringify(e.event)),
    ],
  });
  return rows.map((r) => ({ id: r.id, caseId: r.case_id }));
}

/** Numbers stored events into the town's stream, with its sequencer held; returns the numbers per case. */
export async function numberEvents(db: Client, townId: string, events: readonly { id: string; caseId: string }[]): Promise<Map<string, number[]>> {
  const byCase = new Map<string, number[]>();
  if (events.length === 0) return byCase;
  const { rows } = await db.query<{ case_id: string; seq: number }>({
    name: 'events-number',
    text: `INSERT INTO event_stream (seq, town_id, case_id, event_id)
           SELECT nextval('stream_seq'), $1, s.case_id, s.id FROM unnest($2::text[], $3::text[]) AS s(id, case_id)
           RETURNING case_id, seq`,
    values: [townId, events.map((e) => e.id), events.map((e) => e.caseId)],
  });
  for (const r of rows) {
    const list = byCase.get(r.case_id);
    if (list) list.push(r.seq);
    else byCase.set(r.case_id, [r.seq]);
  }
  return byCase;
}

export interface StoredEvent {
  readonly seq: number;
  readonly event: CaseEvent;
}

/** What is stored of these cases, to fold them with a batch. */
export async function eventsOfCases(db: Client, caseIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const { rows } = await db.query<{ seq: number; case_id: string; body: CaseEvent }>({
    name: 'events-of-cases',
    text: `SELECT s.seq, s.case_id, e.body FROM event_stream s JOIN events e ON e.id = s.event_id
           WHERE s.case_id = ANY($1::text[]) ORDER BY s.seq`,
    values: [caseIds],
  });
  const byCase = new Map<string, StoredEvent[]>();
  for (const r of rows) {
    const list = byCase.get(r.case_id) ?? [];
    list.push({ seq: r.seq, event: r.body });
    byCase.set(r.case_id, list);
  }
  return byCase;
}

/** The highest event number of the town this statement sees. */
export async function townEventHighWater(db: Client, townId: string): Promise<number> {
  const { rows } = await db.query<{ high: number | null }>({
    name: 'events-high-water',
    text: 'SELECT max(seq) AS high FROM event_stream WHERE town_id = $1',
    values: [townId],
  });
  return rows[0]?.high ?? 0;
}

/** Which of these cases have events numbered above `seq`: stored since an earlier read. */
export async function casesWithEventsAfter(db: Client, caseIds: readonly string[], seq: number): Promise<string[]> {
  const { rows } = await db.query<{ case_id: string }>({
    name: 'events-cases-changed',
    text: 'SELECT DISTINCT case_id FROM event_stream WHERE case_id = ANY($1::text[]) AND seq > $2',
    values: [caseIds, seq],
  });
  return rows.map((r) => r.case_id);
}

/** How many events the hub holds, every town together: what a bench checks a drain against. */
export async function heldEventCount(db: Pool | Client): Promise<number> {
  const { rows } = await db.query<{ n: number }>({ name: 'events-count', text: 'SELECT count(*)::int AS n FROM events' });
  return rows[0]?.n ?? 0;
}
