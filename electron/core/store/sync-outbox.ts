import { preparedFor, type DB } from './db';

const sql = preparedFor((db) => ({
  count: db.prepare<[number, string], { n: number }>('SELECT count(*) AS n FROM events WHERE seq > ? AND seat_id = ?'),
  flag: db.prepare<[string, number]>(
    'INSERT INTO skewed_events (event_id, skew_ms) VALUES (?, ?) ON CONFLICT (event_id) DO UPDATE SET skew_ms = excluded.skew_ms',
  ),
  flagged: db.prepare<[string], { skew_ms: number }>('SELECT skew_ms FROM skewed_events WHERE event_id = ?'),
  ofCase: db.prepare<[string], { event_id: string; skew_ms: number }>(
    'SELECT s.event_id, s.skew_ms FROM events e JOIN skewed_events s ON s.event_id = e.id WHERE e.case_id = ?',
  ),
}));

/** The outbox: this seat's own events after the high-water mark (read a batch at a time with `seatEventsAfter`). */
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

/** The case's events written on a clock off the hub's by more than the allowed skew: event id → hub − seat ms. */
export function skewedEventsOfCase(db: DB, caseId: string): Record<string, number> {
  return Object.fromEntries(sql(db).ofCase.all(caseId).map((r) => [r.event_id, r.skew_ms]));
}
