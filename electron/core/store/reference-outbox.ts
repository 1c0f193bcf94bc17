import type { ReferenceRecord } from '../../../shared/sync/wire';
import { preparedFor, type DB } from './db';

interface Row {
  seq: number;
  kind: ReferenceRecord['kind'];
  id: string;
  hlc: string;
  data: string | null;
}

export interface QueuedReference {
  readonly seq: number;
  readonly record: ReferenceRecord;
}

const sql = preparedFor((db) => ({
  add: db.prepare<[string, string, string, string | null]>('INSERT INTO reference_outbox (kind, id, hlc, data) VALUES (?, ?, ?, ?)'),
  batch: db.prepare<[number], Row>('SELECT seq, kind, id, hlc, data FROM reference_outbox ORDER BY seq LIMIT ?'),
  settle: db.prepare<[number]>('DELETE FROM reference_outbox WHERE seq = ?'),
  count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM reference_outbox'),
}));

/** A reference edit made here, to be pushed: call it in the edit's own transaction. */
export function queueReferenceEdit(db: DB, r: ReferenceRecord): void {
  sql(db).add.run(r.kind, r.id, r.hlc, r.data === null ? null : JSON.stringify(r.data));
}

/** The oldest edits still waiting for the hub's answer. */
export function referenceOutboxBatch(db: DB, max: number): QueuedReference[] {
  return sql(db)
    .batch.all(max)
    .map((r) => ({ seq: r.seq, record: { kind: r.kind, id: r.id, hlc: r.hlc, data: r.data === null ? null : (JSON.parse(r.data) as Record<string, unknown>) } }));
}

/** The hub acknowledged the edit or refused it: it leaves the outbox. */
export function settleReferenceEdit(db: DB, seq: number): void {
  sql(db).settle.run(seq);
}

export function referenceOutboxSize(db: DB): number {
  return sql(db).count.get()?.n ?? 0;
}
