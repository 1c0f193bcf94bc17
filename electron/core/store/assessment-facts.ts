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
  upsertAppeal: db.prepare(
    `INSERT INTO assessment_appeals (id, deduction_id, case_id, unit_id, reason, appealed_at, appealed_by, ruling, ruling_note, ruled_at, ruled_by)
     VALUES (@id, @deductionId, @caseId, @unitId, @reason, @at, @by, @ruling, @rulingNote, @ruledAt, @ruledBy)
     ON CONFLICT (id) DO UPDATE SET ruling = excluded.ruling, ruling_note = excluded.ruling_note, ruled_at = excluded.ruled_at, ruled_by = excluded.ruled_by`,
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
  // Appeals only grow and each is ruled once, so upserting the case's own is the whole projection.
  for (const a of c.appeals ?? []) {
    s.upsertAppeal.run({
      id: a.id,
      deductionId: a.deductionId,
      caseId: c.id,
      unitId: a.unitId,
      reason: a.reason,
      at: a.at,
      by: a.by,
      ruling: a.ruling?.ruling ?? null,
      rulingNote: a.ruling?.note ?? null,
      ruledAt: a.ruling?.at ?? null,
      ruledBy: a.ruling?.by ?? null,
    });
  }
}
