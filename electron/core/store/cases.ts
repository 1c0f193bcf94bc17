import type { CaseRecord } from '../../../shared/case/record';
import type { CaseStatus } from '../../../shared/case/vocabulary';
import { saveCaseWhistles } from './case-whistles';
import { preparedFor, type DB } from './db';

/** A unit's cases: those it is responsible for and those it was whistled into (two parameters: the unit twice). */
const visibleToUnit = '(responsible_unit_id = ? OR id IN (SELECT case_id FROM case_whistles WHERE unit_id = ?))';

const sql = preparedFor((db) => ({
  upsert: db.prepare<[string, string, string, string | null, string, string, string]>(
    `INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status,
       responsible_unit_id = excluded.responsible_unit_id, last_hlc = excluded.last_hlc, record = excluded.record`,
  ),
  get: db.prepare<[string], { record: string }>('SELECT record FROM cases WHERE id = ?'),
  pageAll: db.prepare<[number, number], { record: string }>(
    'SELECT record FROM cases ORDER BY registered_at DESC, id DESC LIMIT ? OFFSET ?',
  ),
  pageByStatus: db.prepare<[string, number, number], { record: string }>(
    'SELECT record FROM cases WHERE status = ? ORDER BY registered_at DESC, id DESC LIMIT ? OFFSET ?',
  ),
  pageByUnit: db.prepare<[string, string, number, number], { record: string }>(
    `SELECT record FROM cases WHERE ${visibleToUnit} ORDER BY registered_at DESC, id DESC LIMIT ? OFFSET ?`,
  ),
  pageByUnitStatus: db.prepare<[string, string, string, number, number], { record: string }>(
    `SELECT record FROM cases WHERE ${visibleToUnit} AND status = ?
     ORDER BY registered_at DESC, id DESC LIMIT ? OFFSET ?`,
  ),
  countByUnit: db.prepare<[string, string], { n: number }>(`SELECT count(*) AS n FROM cases WHERE ${visibleToUnit}`),
  countByUnitStatus: db.prepare<[string, string, string], { n: number }>(
    `SELECT count(*) AS n FROM cases WHERE ${visibleToUnit} AND status = ?`,
  ),
  ids: db.prepare<[], { id: string }>('SELECT id FROM cases ORDER BY id'),
  countAll: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases'),
  countByStatus: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM cases WHERE status = ?'),
}));

export function saveCaseRecord(db: DB, c: CaseRecord): void {
  sql(db).upsert.run(c.id, c.number, c.status, c.responsibleUnitId, c.registeredAt, c.lastHlc, JSON.stringify(c));
  saveCaseWhistles(db, c);
}

export function getCaseRecord(db: DB, id: string): CaseRecord | null {
  const row = sql(db).get.get(id);
  return row ? (JSON.parse(row.record) as CaseRecord) : null;
}

export interface CaseFilter {
  readonly status: CaseStatus | null;
  /** Only this unit's cases, including those it was whistled into (a handler's view); null: the whole town. */
  readonly unitId: string | null;
  readonly offset: number;
  readonly limit: number;
}

/** Newest first; each filter combination has its own statement so each uses its index. */
export function listCaseRecords(db: DB, f: CaseFilter): { items: CaseRecord[]; total: number } {
  const s = sql(db);
  const { status, unitId, limit, offset } = f;
  const rows =
    unitId === null
      ? status === null
        ? s.pageAll.all(limit, offset)
        : s.pageByStatus.all(status, limit, offset)
      : status === null
        ? s.pageByUnit.all(unitId, unitId, limit, offset)
        : s.pageByUnitStatus.all(unitId, unitId, status, limit, offset);
  const count =
    unitId === null
      ? status === null
        ? s.countAll.get()
        : s.countByStatus.get(status)
      : status === null
        ? s.countByUnit.get(unitId, unitId)
        : s.countByUnitStatus.get(unitId, unitId, status);
  return { items: rows.map((r) => JSON.parse(r.record) as CaseRecord), total: count?.n ?? 0 };
}

export function listCaseIds(db: DB): string[] {
  return sql(db)
    .ids.all()
    .map((r) => r.id);
}
