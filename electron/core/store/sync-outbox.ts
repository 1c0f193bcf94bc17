import { CaseEvent } from '../../../shared/case/events';
import { preparedFor, type DB } from './db';

interface OutboxRow {
  seq: number;
  id: string;
  case_id: string;
  seat_id: string;
  hlc: string;
  actor_id: string;
  type: string;
  payload: string;
}

export interface OutboxEvent {
  readonly seq: number;
  /** As stored, not re-validated: the hub validates, and a row it refuses is quarantined, not stuck here. */
  readonly event: Readonly<Record<string, unknown>> & { readonly id: string };
}

const sql = preparedFor((db) => ({
  batch: db.prepare<[number, string, number], OutboxRow>(
    `SELECT seq, id, case_id, seat_id, hlc, actor_id, type, payload FROM events
     WHERE seq > ? AND seat_id = ? ORDER BY seq LIMIT ?`,
  ),
  count: db.prepare<[number, string], { n: number }>('SELECT count(*) AS n FROM events WHERE seq > ? AND seat_id = ?'),
  flag: db.prepare<[string, number]>(
    'INSERT INTO skewed_events (event_id, skew_ms) VALUES (?, ?) ON CONFLICT (event_id) DO UPDATE SET skew_ms = excluded.skew_ms',
  ),
  flagged: db.prepare<[string], { skew_ms: number }>('SELECT skew_ms FROM skewed_events WHERE event_id = ?'),
}));

/** This seat's own events after `pushedThrough`, oldest first: the outbox, read a batch at a time. */
export function outboxBatch(db: DB, seatCode: string, pushedThrough: number, max: number): OutboxEvent[] {
  return sql(db)
    .batch.all(pushedThrough, seatCode, max)
    .map((r) => ({
      seq: r.seq,
      event: {
        id: r.id,
        caseId: r.case_id,
        seatId: r.seat_id,
        hlc: r.hlc,
        actorId: r.actor_id,
        type: r.type,
        payload: JSON.parse(r.payload) as unknown,
      } satisfies Record<keyof CaseEvent, unknown>,
    }));
}

export function outboxSize(db: DB, seatCode: string, pushedThrough: number): number {
  return sql(db).count.get(pushedThrough, seatCode)?.n ?? 0;
}

/** The event was written on a clock this far off the hub's. */
export function flagSkewedEvent(db: DB, eventId: string, skewMs: number): void {
  sql(db).flag.run(eventId, Math.round(skewMs));
}

export function eventSkew(db: DB, eventId: string): number | null {
  return sql(db).flagged.get(eventId)?.skew_ms ?? null;
}
