import type { CaseRecord } from '../../../shared/case/record';
import { settledStatuses } from '../../../shared/intake/duplicates';
import { preparedFor, type DB } from './db';

/** Settled states as SQL literals: fixed words from the vocabulary, not user input. */
const settled = settledStatuses.map((s) => `'${s}'`).join(', ');

const sql = preparedFor((db) => ({
  byPhone: db.prepare<[string, number], { record: string }>(
    'SELECT record FROM cases WHERE caller_phone = ? ORDER BY registered_at DESC LIMIT ?',
  ),
  countByPhoneSince: db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM cases WHERE caller_phone = ? AND registered_at >= ?',
  ),
  countOpenByPhone: db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM cases WHERE caller_phone = ? AND status NOT IN (${settled})`,
  ),
  openByPhone: db.prepare<[string, number], { record: string }>(
    `SELECT record FROM cases WHERE caller_phone = ? AND status NOT IN (${settled})
     ORDER BY registered_at DESC LIMIT ?`,
  ),
  openInCommitteeCategorySince: db.prepare<[string, string, string, number], { record: string }>(
    `SELECT c.record FROM case_sla s JOIN cases c ON c.id = s.case_id
     WHERE s.committee_id = ? AND s.category_id = ? AND s.registered_at >= ? AND c.status NOT IN (${settled})
     ORDER BY s.registered_at DESC LIMIT ?`,
  ),
  // Before a category is chosen: the committee's open cases of the window, on the same index.
  openInCommitteeSince: db.prepare<[string, string, number], { record: string }>(
    `SELECT c.record FROM case_sla s JOIN cases c ON c.id = s.case_id
     WHERE s.committee_id = ? AND s.registered_at >= ? AND c.status NOT IN (${settled})
     ORDER BY s.registered_at DESC LIMIT ?`,
  ),
  recentTexts: db.prepare<[number], CaseTextRow>(
    `SELECT id, registered_at AS registeredAt, record ->> '$.description' AS text, category_id AS label FROM cases
     ORDER BY registered_at DESC, id DESC LIMIT ?`,
  ),
  recentTextsBefore: db.prepare<[string, string, number], CaseTextRow>(
    `SELECT id, registered_at AS registeredAt, record ->> '$.description' AS text, category_id AS label FROM cases
     WHERE (registered_at, id) < (?, ?) ORDER BY registered_at DESC, id DESC LIMIT ?`,
  ),
  byNumber: db.prepare<[string], { id: string }>('SELECT id FROM cases WHERE number = ?'),
}));

const parse = (rows: { record: string }[]) => rows.map((r) => JSON.parse(r.record) as CaseRecord);

/** The caller's cases, newest first. */
export function casesOfCaller(db: DB, phone: string, limit: number): CaseRecord[] {
  return parse(sql(db).byPhone.all(phone, limit));
}

export function callerCallsSince(db: DB, phone: string, since: string): number {
  return sql(db).countByPhoneSince.get(phone, since)?.n ?? 0;
}

export function callerOpenCases(db: DB, phone: string): number {
  return sql(db).countOpenByPhone.get(phone)?.n ?? 0;
}

/** The open cases a new call may repeat: the caller's own, and those of the same committee and category since `since`. */
export function duplicateCandidates(
  db: DB,
  draft: { phone: string | null; committeeId: string; categoryId: string | null; since: string },
  limit: number,
): CaseRecord[] {
  const s = sql(db);
  const own = draft.phone ? parse(s.openByPhone.all(draft.phone, limit)) : [];
  const near = parse(
    draft.categoryId === null
      ? s.openInCommitteeSince.all(draft.committeeId, draft.since, limit)
      : s.openInCommitteeCategorySince.all(draft.committeeId, draft.categoryId, draft.since, limit),
  );
  const seen = new Set(own.map((c) => c.id));
  return [...own, ...near.filter((c) => !seen.has(c.id))];
}

export interface CaseTextRow {
  readonly id: string;
  readonly registeredAt: string;
  readonly text: string | null;
  readonly label: string | null;
}

/**
 * The newest cases' descriptions and categories, newest first: what the category model learns
 * from. Read in pages: `after`, the last row of the page before, where this one goes on.
 */
export function recentCaseTexts(db: DB, limit: number, after?: CaseTextRow): CaseTextRow[] {
  return after ? sql(db).recentTextsBefore.all(after.registeredAt, after.id, limit) : sql(db).recentTexts.all(limit);
}

export function caseIdByNumber(db: DB, number: string): string | null {
  return sql(db).byNumber.get(number)?.id ?? null;
}
