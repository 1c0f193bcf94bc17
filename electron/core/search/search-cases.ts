import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Viewer } from '../../../shared/case/visibility';
import { viewerParam } from '../store/case-units';
import type { DB } from '../store/db';
import { searchByGrams, searchByTrigrams, type SearchHitRow } from '../store/search';

/** Trigrams need three characters; shorter terms go to the character/pair index. */
const trigramLength = 3;
/** Rows read per batch when extra terms are checked after the index lookup. */
const batch = 200;
/** A query whose extra terms match almost nothing stops here and offers the next page, rather than scan the town. */
const maxScanned = 5_000;

/** Search terms: NFKC-folded, lower-cased, split on spaces, longest first (the most selective drives the index). */
export function searchTerms(query: string): string[] {
  const terms = query.normalize('NFKC').toLowerCase().split(/\s+/u).filter((t) => t !== '');
  return [...new Set(terms)].sort((a, b) => Array.from(b).length - Array.from(a).length);
}

/** One FTS5 phrase: the term quoted, so its characters are matched as written, never as query syntax. */
function phrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** The short-query index holds runs of letters and digits only. */
const letterOrDigit = /[^\p{L}\p{N}]/gu;

/**
 * Cases in the viewer's view whose number, caller name, address or description contain every
 * term, newest first. The longest term is looked up in an index (trigram for 3+ characters, the
 * character/pair index for 1–2); the other terms are checked on the rows it returns.
 */
export function searchCases(
  db: DB,
  input: ParsedInput<'search:cases'>,
  viewer: Viewer,
): MethodOutput<'search:cases'> {
  const [driver, ...rest] = searchTerms(input.query);
  const short = driver !== undefined && Array.from(driver).length < trigramLength;
  const key = short ? driver.replace(letterOrDigit, '') : driver;
  if (key === undefined || key === '') return { hits: [], next: null };
  const lookup = short ? searchByGrams : searchByTrigrams;
  const filters = {
    match: phrase(key),
    status: input.status,
    unitId: input.unitId,
    ...viewerParam(viewer),
    from: input.from,
    to: input.to,
  };
  const contains = (row: SearchHitRow) => {
    const text = [row.number, row.callerName, row.address, row.description].join('\n').normalize('NFKC').toLowerCase();
    return rest.every((t) => text.includes(t));
  };
  const hits: SearchHitRow[] = [];
  let before = input.before ?? Number.MAX_SAFE_INTEGER;
  let scanned = 0;
  for (;;) {
    const limit = rest.length === 0 ? input.limit - hits.length : batch;
    const rows = lookup(db, { ...filters, before, limit });
    scanned += rows.length;
    for (const row of rows) {
      before = row.rowid;
      if (contains(row)) hits.push(row);
      if (hits.length === input.limit) return { hits: hits.map(withoutRowid), next: row.rowid };
    }
    if (rows.length < limit) return { hits: hits.map(withoutRowid), next: null };
    if (scanned >= maxScanned) return { hits: hits.map(withoutRowid), next: before };
  }
}

function withoutRowid({ rowid: _rowid, ...hit }: SearchHitRow) {
  return { ...hit, callerName: hit.callerName ?? '', address: hit.address ?? '' };
}
