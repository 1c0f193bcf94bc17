import { CaseEvent } from '../../../shared/case/events';
import { preparedFor, type DB } from './db';

interface EventRow {
  seq: number;
  id: string;
  case_id: string;
  seat_id: string;
  hlc: string;
  actor_id: string;
  type: string;
  payload: string;
}

const sql = preparedFor((db) => ({
  insert: db.prepare<[string, string, string, string, string, string, string]>(
    `INSERT INTO events (id, case_id, seat_id, hlc, actor_id, type, payload)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ),
  forCase: db.prepare<[string], EventRow>(
    'SELECT seq, id, case_id, seat_id, hlc, actor_id, type, payload FROM events WHERE case_id = ? ORDER BY hlc, id',
  ),
  seatAfter: db.prepare<[number, string, number], EventRow>(
    `SELECT seq, id, case_id, seat_id, hlc, actor_id, type, payload FROM events
     WHERE seq > ? AND seat_id = ? ORDER BY seq LIMIT ?`,
  ),
  countForCase: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM events WHERE case_id = ?'),
  latestHlc: db.prepare<[], { hlc: string | null }>('SELECT max(hlc) AS hlc FROM events'),
  caseIds: db.prepare<[], { case_id: string }>('SELECT DISTINCT case_id FROM events ORDER BY case_id'),
}));

/** Appends an event; an id already stored is ignored, so replays and re-deliveries are harmless. */
export function appendEvent(db: DB, e: CaseEvent): boolean {
  return (
    sql(db).insert.run(e.id, e.caseId, e.seatId, e.hlc, e.actorId, e.type, JSON.stringify(e.payload)).changes === 1
  );
}

const asStored = (r: EventRow) =>
  ({
    id: r.id,
    caseId: r.case_id,
    seatId: r.seat_id,
    hlc: r.hlc,
    actorId: r.actor_id,
    type: r.type,
    payload: JSON.parse(r.payload) as unknown,
  }) satisfies Record<keyof CaseEvent, unknown>;

/** Stored events are re-validated on the way out: a row edited behind our back fails loudly here. */
export function eventsForCase(db: DB, caseId: string): CaseEvent[] {
  return sql(db)
    .forCase.all(caseId)
    .map((r) => CaseEvent.parse(asStored(r)));
}

export interface StoredEvent {
  readonly seq: number;
  /** As stored, not re-validated: the hub validates, and one it refuses is quarantined, not stuck in the outbox. */
  readonly event: ReturnType<typeof asStored>;
}

/** A seat's events stored after `seq`, oldest first, at most `max` (the sync outbox, a batch at a time). */
export function seatEventsAfter(db: DB, seatId: string, seq: number, max: number): StoredEvent[] {
  return sql(db)
    .seatAfter.all(seq, seatId, max)
    .map((r) => ({ seq: r.seq, event: asStored(r) }));
}

export function countEventsForCase(db: DB, caseId: string): number {
  return sql(db).countForCase.get(caseId)?.n ?? 0;
}

export function latestHlc(db: DB): string | null {
  return sql(db).latestHlc.get()?.hlc ?? null;
}

export function allCaseIds(db: DB): string[] {
  return sql(db)
    .caseIds.all()
    .map((r) => r.case_id);
}
