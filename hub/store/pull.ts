import type { Client } from './db';

export interface StreamRow {
  readonly seq: number;
  readonly kind: 'event' | 'reference';
  /** The event, or the reference record as the wire carries it, as JSON text. */
  readonly body: string;
  /** An event pushed from a seat whose clock was off by more than the allowed skew: by how much. */
  readonly skewMs: number | null;
}

const referenceItems = `SELECT seq, 'reference' AS kind,
    json_build_object('kind', kind, 'id', id, 'hlc', hlc, 'data', data)::text AS body, NULL::integer AS "skewMs"
  FROM reference_records WHERE town_id = $1 AND seq > $2`;

/** A town seat's stream: the whole town's events and reference records after the cursor. */
export async function townStream(db: Client, townId: string, after: number, limit: number): Promise<StreamRow[]> {
  const { rows } = await db.query<StreamRow>({
    name: 'pull-town',
    text: `SELECT e.seq, 'event' AS kind, e.body::text AS body, s.skew_ms AS "skewMs"
             FROM events e LEFT JOIN event_skews s ON s.event_id = e.id WHERE e.town_id = $1 AND e.seq > $2
           UNION ALL ${referenceItems}
           ORDER BY seq LIMIT $3`,
    values: [townId, after, limit],
  });
  return rows;
}

/**
 * A unit seat's stream: the events of the cases the unit is involved in from the moment it is
 * (since_seq on), the earlier history of each such case re-issued to it, and reference records.
 */
export async function unitStream(db: Client, townId: string, unitId: string, after: number, limit: number): Promise<StreamRow[]> {
  const { rows } = await db.query<StreamRow>({
    name: 'pull-unit',
    text: `SELECT e.seq, 'event' AS kind, e.body::text AS body, s.skew_ms AS "skewMs"
             FROM case_involvement i JOIN events e ON e.case_id = i.case_id AND e.seq >= i.since_seq
               LEFT JOIN event_skews s ON s.event_id = e.id
             WHERE i.town_id = $1 AND i.unit_id = $4 AND e.seq > $2
           UNION ALL
           SELECT b.seq, 'event' AS kind, e.body::text AS body, s.skew_ms AS "skewMs"
             FROM unit_backfill b JOIN events e ON e.town_id = b.town_id AND e.seq = b.event_seq
               LEFT JOIN event_skews s ON s.event_id = e.id
             WHERE b.town_id = $1 AND b.unit_id = $4 AND b.seq > $2
           UNION ALL ${referenceItems}
           ORDER BY seq LIMIT $3`,
    values: [townId, after, limit, unitId],
  });
  return rows;
}

/** The highest number any of the town's streams has drawn, as this transaction's snapshot sees them. */
export async function townHighWater(db: Client, townId: string): Promise<number> {
  const { rows } = await db.query<{ high: number | null }>({
    name: 'pull-high-water',
    text: `SELECT greatest(
             (SELECT max(seq) FROM events WHERE town_id = $1),
             (SELECT max(seq) FROM unit_backfill WHERE town_id = $1),
             (SELECT max(seq) FROM reference_records WHERE town_id = $1)) AS high`,
    values: [townId],
  });
  return rows[0]?.high ?? 0;
}
