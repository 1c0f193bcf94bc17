import type { CaseRecord } from '../../../shared/case/record';
import { preparedFor, type WritableDB } from './db';

const sql = preparedFor((db) => ({
  upsert: db.prepare(
    `INSERT INTO assessment_facts (case_id, unit_id, registered_at, status, evaluated, resolved, satisfaction, evaluated_at, calls, reopens)
     VALUES (@caseId, @unitId, @registeredAt, @status, @evaluated, @resolved, @satisfaction, @evaluatedAt, @calls, @reopens)
     ON CONFLICT (case_id) DO UPDATE SET unit_id = excluded.unit_id, status = excluded.status, evaluated = excluded.evaluated,
       resolved = excluded.resolved, satisfaction = excluded.satisfaction, evaluated_at = excluded.evaluated_at,
       calls = excluded.calls, reopens = excluded.reopens`,
  ),
  dropRulings: db.prepare<[string]>('DELETE FROM assessment_rulings WHERE case_id = ?'),
  addRuling: db.prepare<[string, number, string, string, number]>(
    'INSERT INTO assessment_rulings (case_id, n, unit_id, type, approved) VALUES (?, ?, ?, ?, ?)',
  ),
}));

/** Writes what the assessment counts of a case (migration 0014), with the rest of its projection. */
export function saveAssessmentFacts(db: WritableDB, c: CaseRecord): void {
  const s = sql(db);
  s.upsert.run({
    caseId: c.id,
    unitId: c.responsibleUnitId,
    registeredAt: c.registeredAt,
    status: c.status,
    evaluated: c.evaluation ? 1 : 0,
    resolved: c.evaluation ? (c.evaluation.resolved ? 1 : 0) : null,
    satisfaction: c.evaluation?.satisfaction ?? null,
    evaluatedAt: c.evaluation?.at ?? null,
    calls: (c.repeatCalls?.length ?? 0) + 1,
    reopens: c.reopenCount,
  });
  // Replaced whole, so a refold that changes a case's rulings leaves none of the old rows behind.
  s.dropRulings.run(c.id);
  c.rulings.forEach((r, n) => s.addRuling.run(c.id, n, r.unitId, r.type, r.approved ? 1 : 0));
}
