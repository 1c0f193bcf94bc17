import type { CaseKind, CaseStatus } from '../../../shared/case/vocabulary';
import { inView } from './case-units';
import { preparedFor, type DB } from './db';

/** One line of a search result: what the list shows, without the whole record. */
export interface SearchHitRow {
  readonly rowid: number;
  readonly id: string;
  readonly number: string;
  readonly status: CaseStatus;
  readonly registeredAt: string;
  readonly responsibleUnitId: string | null;
  readonly kind: CaseKind;
  readonly categoryId: string;
  readonly committeeId: string;
  readonly callerName: string | null;
  /** As search reads it (searchablePhone), for the extra terms of a query. */
  readonly callerPhone: string;
  readonly address: string | null;
  readonly description: string;
}

export interface SearchPage {
  /** An FTS5 query: one quoted phrase. */
  readonly match: string;
  /** Only rows older than this rowid (the previous page's last); rowids grow with filing order. */
  readonly before: number;
  readonly status: CaseStatus | null;
  /** The responsible unit asked for (a filter), not who may see: that is `viewerUnitId`. */
  readonly unitId: string | null;
  readonly viewerUnitId: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly limit: number;
}

const columns = `c.rowid AS rowid, c.id AS id, c.number AS number, c.status AS status, c.registered_at AS registeredAt,
  c.responsible_unit_id AS responsibleUnitId, c.record ->> '$.kind' AS kind, c.category_id AS categoryId,
  c.committee_id AS committeeId, c.record ->> '$.caller.name' AS callerName,
  search_caller('', c.caller_phone) AS callerPhone, c.record ->> '$.address' AS address,
  c.record ->> '$.description' AS description`;
const filters = `AND (:status IS NULL OR c.status = :status) AND (:unitId IS NULL OR c.responsible_unit_id = :unitId)
  AND (:from IS NULL OR c.registered_at >= :from) AND (:to IS NULL OR c.registered_at < :to) AND ${inView('c.id')}`;

/**
 * Newest first by rowid, which FTS5 walks backwards without sorting: rowids follow filing order
 * on this seat, so this is registration order except for cases that arrived late by sync.
 */
const sql = preparedFor((db) => ({
  trigram: db.prepare<SearchPage, SearchHitRow>(
    `SELECT ${columns} FROM case_text JOIN cases c ON c.rowid = case_text.rowid
     WHERE case_text MATCH :match AND case_text.rowid < :before ${filters}
     ORDER BY case_text.rowid DESC LIMIT :limit`,
  ),
  grams: db.prepare<SearchPage, SearchHitRow>(
    `SELECT ${columns} FROM case_grams JOIN cases c ON c.rowid = case_grams.rowid
     WHERE case_grams MATCH :match AND case_grams.rowid < :before ${filters}
     ORDER BY case_grams.rowid DESC LIMIT :limit`,
  ),
}));

/** Substrings of 3+ characters, from the trigram index. */
export function searchByTrigrams(db: DB, page: SearchPage): SearchHitRow[] {
  return sql(db).trigram.all(page);
}

/** Terms of 1–2 characters, from the character/pair index. */
export function searchByGrams(db: DB, page: SearchPage): SearchHitRow[] {
  return sql(db).grams.all(page);
}
