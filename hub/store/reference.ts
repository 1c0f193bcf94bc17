import type { ReferenceRecord } from '../../shared/sync/wire';
import type { Client, Pool } from './db';

export interface ReferenceWrite {
  readonly record: ReferenceRecord;
  readonly seatId: string | null;
}

/**
 * Last writer wins per record by HLC: a write older than the stored one is kept in the history
 * only. Returns how many won. Call with the town's sequencer held: a winner draws a new number.
 */
export async function writeReference(db: Client, townId: string, writes: readonly ReferenceWrite[]): Promise<number> {
  let won = 0;
  for (const w of writes) {
    const r = w.record;
    const data = r.data === null ? null : JSON.stringify(r.data);
    const { rowCount } = await db.query({
      name: 'reference-upsert',
      text: `INSERT INTO reference_records (town_id, kind, id, hlc, data, seq) VALUES ($1, $2, $3, $4, $5, nextval('stream_seq'))
             ON CONFLICT (town_id, kind, id) DO UPDATE SET hlc = excluded.hlc, data = excluded.data, seq = excluded.seq
             WHERE reference_records.hlc < excluded.hlc`,
      values: [townId, r.kind, r.id, r.hlc, data],
    });
    const wins = rowCount === 1;
    if (wins) won++;
    await db.query({
      name: 'reference-history-insert',
      text: 'INSERT INTO reference_history (town_id, kind, id, hlc, data, seat_id, won) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      values: [townId, r.kind, r.id, r.hlc, data, w.seatId, wins],
    });
  }
  return won;
}

export async function referenceExists(db: Pool | Client, townId: string, kind: ReferenceRecord['kind'], id: string): Promise<boolean> {
  const { rowCount } = await db.query({
    name: 'reference-exists',
    text: 'SELECT 1 FROM reference_records WHERE town_id = $1 AND kind = $2 AND id = $3 AND data IS NOT NULL',
    values: [townId, kind, id],
  });
  return rowCount === 1;
}
