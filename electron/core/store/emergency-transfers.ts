import { preparedFor, type DB } from './db';

export interface EmergencyTransferRow {
  readonly id: string;
  readonly seatId: string;
  readonly hlc: string;
  readonly actorId: string;
  readonly service: '119' | '110' | '120';
  readonly callerPhone: string | null;
  readonly description: string;
  readonly matched: readonly string[];
}

const sql = preparedFor((db) => ({
  insert: db.prepare<[string, string, string, string, string, string | null, string, string]>(
    `INSERT INTO emergency_transfers (id, seat_id, hlc, actor_id, service, caller_phone, description, matched)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  recent: db.prepare<[number], { id: string; seat_id: string; hlc: string; actor_id: string; service: '119' | '110' | '120'; caller_phone: string | null; description: string; matched: string }>(
    'SELECT * FROM emergency_transfers ORDER BY hlc DESC LIMIT ?',
  ),
}));

/** Append only: a transfer once recorded is never edited. */
export function insertEmergencyTransfer(db: DB, t: EmergencyTransferRow): void {
  sql(db).insert.run(t.id, t.seatId, t.hlc, t.actorId, t.service, t.callerPhone, t.description, JSON.stringify(t.matched));
}

export function recentEmergencyTransfers(db: DB, limit: number): EmergencyTransferRow[] {
  return sql(db)
    .recent.all(limit)
    .map((r) => ({
      id: r.id,
      seatId: r.seat_id,
      hlc: r.hlc,
      actorId: r.actor_id,
      service: r.service,
      callerPhone: r.caller_phone,
      description: r.description,
      matched: JSON.parse(r.matched) as string[],
    }));
}
