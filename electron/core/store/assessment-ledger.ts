import { AssessmentRule, defaultAssessmentRule } from '../../../shared/assessment/rule';
import { preparedFor, type DB } from './db';

export interface AppealRow {
  readonly id: string;
  readonly deductionId: string;
  readonly caseId: string;
  readonly unitId: string;
  readonly reason: string;
  readonly appealedAt: string;
  readonly appealedBy: string;
  readonly ruling: 'upheld' | 'overturned' | null;
  readonly rulingNote: string | null;
  readonly ruledAt: string | null;
  readonly ruledBy: string | null;
}

const appealColumns = `id, deduction_id AS deductionId, case_id AS caseId, unit_id AS unitId, reason, appealed_at AS appealedAt,
  appealed_by AS appealedBy, ruling, ruling_note AS rulingNote, ruled_at AS ruledAt, ruled_by AS ruledBy`;

const sql = preparedFor((db) => ({
  latestRule: db.prepare<[], { rule: string }>('SELECT rule FROM assessment_rules ORDER BY version DESC LIMIT 1'),
  insertRule: db.prepare<[number, string, string, string]>('INSERT INTO assessment_rules (version, rule, saved_at, saved_by) VALUES (?, ?, ?, ?)'),
  upsertRule: db.prepare<[number, string, string, string]>(
    `INSERT INTO assessment_rules (version, rule, saved_at, saved_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (version) DO UPDATE SET rule = excluded.rule, saved_at = excluded.saved_at, saved_by = excluded.saved_by`,
  ),
  appeal: db.prepare<[string], AppealRow>(`SELECT ${appealColumns} FROM assessment_appeals WHERE id = ?`),
  appeals: db.prepare<[], AppealRow>(`SELECT ${appealColumns} FROM assessment_appeals ORDER BY appealed_at DESC, id DESC`),
  overturned: db.prepare<[], { deduction_id: string }>(`SELECT DISTINCT deduction_id FROM assessment_appeals WHERE ruling = 'overturned'`),
}));

/** The rule in force: the latest saved version, or the published default before an admin saves one. */
export function currentAssessmentRule(db: DB): AssessmentRule {
  const row = sql(db).latestRule.get();
  return row ? AssessmentRule.parse(JSON.parse(row.rule)) : defaultAssessmentRule;
}

/** Saves the rule as the next version; the earlier versions stay, as reports name them. */
export function saveAssessmentRule(db: DB, rule: Omit<AssessmentRule, 'version'>, at: string, by: string): AssessmentRule {
  return db.transaction(() => {
    const saved: AssessmentRule = { ...rule, version: currentAssessmentRule(db).version + 1 };
    sql(db).insertRule.run(saved.version, JSON.stringify(saved), at, by);
    return saved;
  }).immediate();
}

/** A version as another admin seat saved it (the later of two saved under one number wins). */
export function upsertAssessmentRule(db: DB, rule: AssessmentRule, at: string, by: string): void {
  sql(db).upsertRule.run(rule.version, JSON.stringify(rule), at, by);
}

export function getAppeal(db: DB, id: string): AppealRow | null {
  return sql(db).appeal.get(id) ?? null;
}

export function listAppeals(db: DB): AppealRow[] {
  return sql(db).appeals.all();
}

/** Deductions a supervisor overturned: they no longer count against the unit. */
export function overturnedDeductions(db: DB): Set<string> {
  return new Set(sql(db).overturned.all().map((r) => r.deduction_id));
}
