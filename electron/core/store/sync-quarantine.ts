import type { QuarantineEntry } from '../../../shared/sync/link-state';
import { preparedFor, type DB } from './db';

interface Row {
  id: number;
  direction: QuarantineEntry['direction'];
  hub_seq: number | null;
  event_id: string | null;
  reason: string;
  detail: string;
  item: string;
  at: string;
}

/** What a supervisor needs to follow a quarantined item up, never the whole of a hostile payload. */
const MAX_ITEM_CHARS = 2000;
const MAX_DETAIL_CHARS = 500;

const sql = preparedFor((db) => ({
  add: db.prepare<[string, number | null, string | null, string, string, string, string]>(
    'INSERT INTO sync_quarantine (direction, hub_seq, event_id, reason, detail, item, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ),
  list: db.prepare<[number], Row>('SELECT * FROM sync_quarantine ORDER BY id DESC LIMIT ?'),
  count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sync_quarantine'),
}));

export interface NewQuarantine {
  readonly direction: QuarantineEntry['direction'];
  readonly hubSeq: number | null;
  readonly eventId: string | null;
  readonly reason: string;
  readonly detail: string;
  readonly item: unknown;
  readonly at: string;
}

export function quarantine(db: DB, q: NewQuarantine): void {
  const item = JSON.stringify(q.item) ?? 'undefined';
  sql(db).add.run(
    q.direction,
    q.hubSeq,
    q.eventId?.slice(0, 64) ?? null,
    q.reason.slice(0, 64),
    q.detail.slice(0, MAX_DETAIL_CHARS),
    item.slice(0, MAX_ITEM_CHARS),
    q.at,
  );
}

export function listQuarantine(db: DB, max: number): QuarantineEntry[] {
  return sql(db)
    .list.all(max)
    .map((r) => ({
      id: r.id,
      direction: r.direction,
      hubSeq: r.hub_seq,
      eventId: r.event_id,
      reason: r.reason,
      detail: r.detail,
      item: r.item,
      at: r.at,
    }));
}

export function quarantineSize(db: DB): number {
  return sql(db).count.get()?.n ?? 0;
}
