import { preparedFor, type DB } from './db';

const sql = preparedFor((db) => ({
  next: db.prepare<[string, string], { last_sequence: number }>(
    `INSERT INTO seat_sequences (seat_id, day, last_sequence) VALUES (?, ?, 1)
     ON CONFLICT (seat_id, day) DO UPDATE SET last_sequence = last_sequence + 1
     RETURNING last_sequence`,
  ),
}));

/** The next per-seat, per-day case sequence; call inside the transaction that files the case. */
export function nextCaseSequence(db: DB, seatId: string, day: string): number {
  const row = sql(db).next.get(seatId, day);
  if (!row) throw new Error('seat sequence was not returned');
  return row.last_sequence;
}
