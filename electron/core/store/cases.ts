import type { CaseRecord } from '../../../shared/case/record';
import type { CaseStatus } from '../../../shared/case/vocabulary';
import type { Viewer } from '../../../shared/case/visibility';
import { saveAssessmentFacts } from './assessment-facts';
import { casesOfViewerUnit, saveCaseUnits, viewerParam } from './case-units';
import { preparedFor, type DB, type WritableDB } from './db';

type UnitPage = { viewerUnitId: string | null; limit: number; offset: number };

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
  // A unit's cases are few: read from its index rows, then sorted.
  pageByUnit: db.prepare<UnitPage, { record: string }>(
    `SELECT record FROM cases WHERE ${casesOfViewerUnit('id')} ORDER BY registered_at DESC, id DESC LIMIT @limit OFFSET @offset`,
  ),
  pageByUnitStatus: db.prepare<UnitPage & { status: string }, { record: string }>(
    `SELECT record FROM cases WHERE ${casesOfViewerUnit('id')} AND status = @status
     ORDER BY registered_at DESC, id DESC LIMIT @limit OFFSET @offset`,
  ),
  countByUnit: db.prepare<{ viewerUnitId: string | null }, { n: number }>(
    `SELECT count(*) AS n FROM cases WHERE ${casesOfViewerUnit('id')}`,
  ),
  countByUnitStatus: db.prepare<{ viewerUnitId: string | null; status: string }, { n: number }>(
    `SELECT count(*) AS n FROM cases WHERE ${casesOfViewerUnit('id')} AND status = @status`,
  ),
  ids: db.prepare<[], { id: string }>('SELECT id FROM cases ORDER BY id'),
  countAll: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases'),
  countByStatus: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM cases WHERE status = ?'),
}));

export function saveCaseRecord(db: WritableDB, c: CaseRecord): void {
  sql(db).upsert.run(c.id, c.number, c.status, c.responsibleUnitId, c.registeredAt, c.lastHlc, JSON.stringify(c));
  saveCaseUnits(db, c);
  saveAssessmentFacts(db, c);
}

export function getCaseRecord(db: DB, id: string): CaseRecord | null {
  const row = sql(db).get.get(id);
  return row ? (JSON.parse(row.record) as CaseRecord) : null;
}

export interface CaseFilter {
  readonly status: CaseStatus | null;
  /** Whose list: the whole town, or the cases a unit is or was involved in. */
  readonly viewer: Viewer;
  readonly offset: number;
  readonly limit: number;
}

/** Newest first; each filter combination has its own statement so each uses its index. */
export function listCaseRecords(db: DB, f: CaseFilter): { items: CaseRecord[]; total: number } {
  const s = sql(db);
  const { status, limit, offset } = f;
  const scope = viewerParam(f.viewer);
  const town = scope.viewerUnitId === null;
  const rows = town
    ? status === null
      ? s.pageAll.all(limit, offset)
      : s.pageByStatus.all(status, limit, offset)
    : status === null
      ? s.pageByUnit.all({ ...scope, limit, offset })
      : s.pageByUnitStatus.all({ ...scope, status, limit, offset });
  const count = town
    ? status === null
      ? s.countAll.get()
      : s.countByStatus.get(status)
    : status === null
      ? s.countByUnit.get(scope)
      : s.countByUnitStatus.get({ ...scope, status });
  return { items: rows.map((r) => JSON.parse(r.record) as CaseRecord), total: count?.n ?? 0 };
}

export function listCaseIds(db: DB): string[] {
  return sql(db)
    .ids.all()
    .map((r) => r.id);
}
