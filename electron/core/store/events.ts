import { CaseEvent } from '../../../shared/case/events';
import { preparedFor, type DB } from './db';

interface EventRow {
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
    'SELECT id, case_id, seat_id, hlc, actor_id, type, payload FROM events WHERE case_id = ? ORDER BY hlc, id',
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

/** Stored events are re-validated on the way out: a row edited behind our back fails loudly here. */
export function eventsForCase(db: DB, caseId: string): CaseEvent[] {
  return sql(db)
    .forCase.all(caseId)
    .map((r) =>
      CaseEvent.parse({
        id: r.id,
        caseId: r.case_id,
        seatId: r.seat_id,
        hlc: r.hlc,
        actorId: r.actor_id,
        type: r.type,
        payload: JSON.parse(r.payload),
      }),
    );
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
