import { finalStatuses } from '../../../shared/case/fold';
import type { CaseRecord } from '../../../shared/case/record';
import { withHotlineStatuses } from '../../../shared/case/vocabulary';
import type { Viewer } from '../../../shared/case/visibility';
import { casesOfViewerUnit, inView, viewerParam } from './case-units';
import { preparedFor, type DB } from './db';

/** The most a queue returns at once: a working list, not an archive. */
export const QUEUE_LIMIT = 500;

const listed = (statuses: readonly string[]) => statuses.map((s) => `'${s}'`).join(', ');
const open = `status NOT IN (${listed(finalStatuses)})`;

/**
 * Since when a flagged case has waited for the supervisor: `inboxItem(record).since`
 * (shared/case/inbox-item.ts) in SQL, tested against it.
 */
export const inboxSince = `coalesce(record ->> '$.pending.requestedAt',
  iif(status = 'callback_done', coalesce(record ->> '$.evaluation.at', record ->> '$.updatedAt'), NULL),
  (SELECT d.value ->> '$.at' FROM json_each(record, '$.dispatches') d WHERE d.value ->> '$.conflicting' = 1 LIMIT 1),
  record ->> '$.updatedAt')`;

type Scope = { viewerUnitId: string | null; limit: number };

/** Each queue is ordered and cut here by the time its cases have waited, longest first. */
const sql = preparedFor((db) => ({
  town: db.prepare<Scope, { record: string }>(
    `SELECT record FROM cases WHERE ${open} ORDER BY record ->> '$.clockStartedAt' NULLS FIRST, registered_at, id LIMIT @limit`,
  ),
  // Of the unit's cases, those it works on: it holds them or was whistled in, not those it handed
  // back, nor those it replied to while the hotline calls the citizen back.
  unit: db.prepare<Scope, { record: string }>(
    `SELECT record FROM cases WHERE ${open} AND status NOT IN (${listed(withHotlineStatuses)}) AND ${casesOfViewerUnit('id')}
       AND (responsible_unit_id = @viewerUnitId
         OR EXISTS (SELECT 1 FROM json_each(record, '$.whistles') w WHERE w.value ->> '$.unitId' = @viewerUnitId))
     ORDER BY record ->> '$.clockStartedAt' NULLS FIRST, registered_at, id LIMIT @limit`,
  ),
  supervisor: db.prepare<Scope, { record: string }>(
    `SELECT record FROM cases WHERE json_extract(record, '$.needsSupervisor') = 1 AND ${inView('id')}
     ORDER BY ${inboxSince}, registered_at, id LIMIT @limit`,
  ),
  callback: db.prepare<Scope, { record: string }>(
    `SELECT record FROM cases WHERE status = 'replied' AND ${inView('id')} ORDER BY record ->> '$.reply.at', id LIMIT @limit`,
  ),
  children: db.prepare<[string], { record: string }>(
    "SELECT record FROM cases WHERE status = 'merged' AND json_extract(record, '$.mergedIntoCaseId') = ? ORDER BY id",
  ),
  byNumber: db.prepare<[string], { record: string }>('SELECT record FROM cases WHERE number = ?'),
}));

const records = (rows: { record: string }[]) => rows.map((r) => JSON.parse(r.record) as CaseRecord);
const scope = (viewer: Viewer): Scope => ({ ...viewerParam(viewer), limit: QUEUE_LIMIT });

/**
 * A work queue of open cases, longest since dispatch first: for a unit, the cases in its view it
 * holds or was whistled into and has work on (a former holder still sees a case it returned, and
 * a unit the case it replied to, but not as work).
 */
export function openCasesInView(db: DB, viewer: Viewer): CaseRecord[] {
  const s = sql(db);
  return records(viewer.scope === 'town' ? s.town.all(scope(viewer)) : s.unit.all(scope(viewer)));
}

/** Cases the fold flags for the supervisor (pending requests, dispatch conflicts, policy-limited dissatisfaction), oldest wait first. */
export function casesForSupervisor(db: DB, viewer: Viewer): CaseRecord[] {
  return records(sql(db).supervisor.all(scope(viewer)));
}

/** Replied cases waiting for the hotline to call the citizen back, oldest reply first. */
export function casesAwaitingCallback(db: DB, viewer: Viewer): CaseRecord[] {
  return records(sql(db).callback.all(scope(viewer)));
}

/** Duplicates merged into a main case (合并): they close when it closes. */
export function mergedChildren(db: DB, mainCaseId: string): CaseRecord[] {
  return records(sql(db).children.all(mainCaseId));
}

export function caseByNumber(db: DB, number: string): CaseRecord | null {
  const row = sql(db).byNumber.get(number);
  return row ? (JSON.parse(row.record) as CaseRecord) : null;
}
