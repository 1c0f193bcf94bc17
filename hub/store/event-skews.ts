import type { Client } from './db';

/**
 * Keeps how far the pushing seat's clock was off for events it pushed while off by more than the
 * allowed skew. The first measure stays: a replay after the clock was set right does not clear it.
 */
export async function keepEventSkews(db: Client, eventIds: readonly string[], skewMs: number): Promise<void> {
  if (eventIds.length === 0) return;
  await db.query({
    name: 'event-skews-insert',
    text: 'INSERT INTO event_skews (event_id, skew_ms) SELECT unnest($1::text[]), $2 ON CONFLICT (event_id) DO NOTHING',
    values: [eventIds, Math.round(skewMs)],
  });
}
