import { preparedFor, type DB } from './db';

const sql = preparedFor((db) => ({
  add: db.prepare<[string]>('INSERT OR IGNORE INTO projection_pending (case_id) VALUES (?)'),
  batch: db.prepare<[number], { case_id: string }>('SELECT case_id FROM projection_pending ORDER BY case_id LIMIT ?'),
  done: db.prepare<[string]>('DELETE FROM projection_pending WHERE case_id = ?'),
}));

/** Queues a case whose events are stored but whose projection is not yet written. */
export function queueProjection(db: DB, caseId: string): void {
  sql(db).add.run(caseId);
}

/** The oldest queued cases first; `max` -1 for all. */
export function queuedProjections(db: DB, max: number): string[] {
  return sql(db)
    .batch.all(max)
    .map((r) => r.case_id);
}

export function projectionDone(db: DB, caseId: string): void {
  sql(db).done.run(caseId);
}
