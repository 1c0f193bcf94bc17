import type { CaseEvent } from '../../shared/case/events';
import type { Client } from './db';

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
    text: 'SELECT DISTINCT ON (case_id) case_id, town_id FROM events WHERE case_id = ANY($1::text[]) ORDER BY case_id, seq',
    values: [caseIds],
  });
  return new Map(rows.map((r) => [r.case_id, r.town_id]));
}

/**
 * Numbers and stores the events in one statement, with the town's sequencer held; returns, per
 * case, the events this statement stored (another hub may have stored some a moment earlier).
 */
export async function insertEvents(db: Client, townId: string, events: readonly NewEvent[]): Promise<Map<string, { caseId: string; seq: number }[]>> {
  if (events.length === 0) return new Map();
  const { rows } = await db.query<{ case_id: string; seq: number }>({
    name: 'events-insert',
    text: `INSERT INTO events (seq, id, town_id, case_id, seat_id, hlc, skewed, body)
           SELECT nextval('stream_seq'), e.id, $1, e.case_id, e.seat_id, e.hlc, e.skewed, e.body
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::jsonb[])
             AS e(id, case_id, seat_id, hlc, skewed, body)
           ON CONFLICT (id) DO NOTHING
           RETURNING case_id, seq`,
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
  const byCase = new Map<string, { caseId: string; seq: number }[]>();
  for (const r of rows) {
    const list = byCase.get(r.case_id);
    const stored = { caseId: r.case_id, seq: r.seq };
    if (list) list.push(stored);
    else byCase.set(r.case_id, [stored]);
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
    text: 'SELECT seq, case_id, body FROM events WHERE case_id = ANY($1::text[]) ORDER BY seq',
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
    text: 'SELECT max(seq) AS high FROM events WHERE town_id = $1',
    values: [townId],
  });
  return rows[0]?.high ?? 0;
}

/** Which of these cases have events numbered above `seq`: stored since an earlier read. */
export async function casesWithEventsAfter(db: Client, caseIds: readonly string[], seq: number): Promise<string[]> {
  const { rows } = await db.query<{ case_id: string }>({
    name: 'events-cases-changed',
    text: 'SELECT DISTINCT case_id FROM events WHERE case_id = ANY($1::text[]) AND seq > $2',
    values: [caseIds, seq],
  });
  return rows.map((r) => r.case_id);
}
