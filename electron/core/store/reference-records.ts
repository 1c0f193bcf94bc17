import type { ReferenceRecord } from '../../../shared/sync/wire';
import { preparedFor, type DB } from './db';

interface Row {
  hlc: string;
  data: string | null;
}

const sql = preparedFor((db) => ({
  current: db.prepare<[string, string], Row>('SELECT hlc, data FROM reference_records WHERE kind = ? AND id = ?'),
  put: db.prepare<[string, string, string, string | null]>(
    `INSERT INTO reference_records (kind, id, hlc, data) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET hlc = excluded.hlc, data = excluded.data`,
  ),
  remember: db.prepare<[string, string, string, string | null]>(
    'INSERT INTO reference_history (kind, id, hlc, data) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  ),
  history: db.prepare<[string, string], Row>('SELECT hlc, data FROM reference_history WHERE kind = ? AND id = ? ORDER BY hlc'),
}));

const parse = (r: Row) => ({ hlc: r.hlc, data: r.data === null ? null : (JSON.parse(r.data) as Record<string, unknown>) });

/**
 * Last writer wins per record by HLC (DESIGN §7): a version newer than the stored one replaces
 * it; every version that arrives, winner or not, stays in the history. Returns whether it won.
 */
export function applyReferenceRecord(db: DB, r: ReferenceRecord): boolean {
  const data = r.data === null ? null : JSON.stringify(r.data);
  sql(db).remember.run(r.kind, r.id, r.hlc, data);
  const current = sql(db).current.get(r.kind, r.id);
  if (current && current.hlc >= r.hlc) return false;
  sql(db).put.run(r.kind, r.id, r.hlc, data);
  return true;
}

export function referenceRecord(db: DB, kind: ReferenceRecord['kind'], id: string) {
  const r = sql(db).current.get(kind, id);
  return r ? parse(r) : null;
}

export function referenceHistory(db: DB, kind: ReferenceRecord['kind'], id: string) {
  return sql(db).history.all(kind, id).map(parse);
}
