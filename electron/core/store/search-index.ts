import { preparedFor, type DB } from './db';

const sql = preparedFor((db) => ({
  batchEnd: db.prepare<[number], { upTo: number | null }>(
    'SELECT max(case_rowid) AS upTo FROM (SELECT case_rowid FROM search_pending ORDER BY case_rowid LIMIT ?)',
  ),
  dropText: db.prepare<[number]>('DELETE FROM case_text WHERE rowid IN (SELECT case_rowid FROM search_pending WHERE case_rowid <= ?)'),
  dropGrams: db.prepare<[number]>('DELETE FROM case_grams WHERE rowid IN (SELECT case_rowid FROM search_pending WHERE case_rowid <= ?)'),
  addText: db.prepare<[number]>(
    `INSERT INTO case_text (rowid, number, name, address, description)
     SELECT c.rowid, c.number, search_caller(c.record ->> '$.caller.name', c.caller_phone), coalesce(c.record ->> '$.address', ''),
       coalesce(c.record ->> '$.description', '')
     FROM search_pending p JOIN cases c ON c.rowid = p.case_rowid WHERE p.case_rowid <= ?`,
  ),
  addGrams: db.prepare<[number]>(
    `INSERT INTO case_grams (rowid, grams)
     SELECT c.rowid, search_grams(concat_ws(' ', c.number, search_caller(c.record ->> '$.caller.name', c.caller_phone), c.record ->> '$.address',
       c.record ->> '$.description'))
     FROM search_pending p JOIN cases c ON c.rowid = p.case_rowid WHERE p.case_rowid <= ?`,
  ),
  done: db.prepare<[number]>('DELETE FROM search_pending WHERE case_rowid <= ?'),
  anyPending: db.prepare<[], { one: number }>('SELECT 1 AS one FROM search_pending LIMIT 1'),
  pending: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM search_pending'),
}));

/** Folds up to `max` queued cases into the search indexes, in one transaction; returns how many. */
export function indexPendingCases(db: DB, max: number): number {
  // Most searches find nothing queued: a read, not a write transaction, tells.
  if (sql(db).anyPending.get() === undefined) return 0;
  return db.transaction(() => {
    const s = sql(db);
    const upTo = s.batchEnd.get(max)?.upTo ?? null;
    if (upTo === null) return 0;
    s.dropText.run(upTo);
    s.dropGrams.run(upTo);
    s.addText.run(upTo);
    s.addGrams.run(upTo);
    return s.done.run(upTo).changes;
  }).immediate();
}

export function pendingSearchCount(db: DB): number {
  return sql(db).pending.get()?.n ?? 0;
}
