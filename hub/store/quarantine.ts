import type { RejectReason } from '../../shared/sync/wire';
import type { Client } from './db';

export interface QuarantineEntry {
  readonly item: 'event' | 'reference';
  readonly itemId: string;
  readonly reason: RejectReason;
  readonly detail: string;
  /** The item as it arrived, made safe to store as text. */
  readonly body: string;
}

export async function quarantine(db: Client, townId: string, seatId: string, entries: readonly QuarantineEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.query({
    name: 'quarantine-insert',
    text: `INSERT INTO quarantine (town_id, seat_id, item, item_id, reason, detail, body)
           SELECT $1, $2, q.item, q.item_id, q.reason, q.detail, q.body FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
             AS q(item, item_id, reason, detail, body)`,
    values: [
      townId,
      seatId,
      entries.map((e) => e.item),
      entries.map((e) => e.itemId),
      entries.map((e) => e.reason),
      entries.map((e) => e.detail),
      entries.map((e) => e.body),
    ],
  });
}
