import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Viewer } from '../../../shared/case/visibility';
import { viewerParam } from '../store/case-units';
import { phoneQueryTerm } from '../../../shared/intake/phone-search';
import { synonymLookup, type SynonymGroup } from '../../../shared/intake/synonyms';
import type { DB } from '../store/db';
import { searchByGrams, searchByTrigrams, type SearchHitRow, type SearchPage } from '../store/search';

/** Trigrams need three characters; shorter terms go to the character/pair index. */
const trigramLength = 3;
/** Rows read per batch when extra terms are checked after the index lookup. */
const batch = 200;
/** A query whose extra terms match almost nothing stops here and offers the next page, rather than scan the town. */
const maxScanned = 5_000;

/**
 * Search terms: NFKC-folded, lower-cased, split on spaces, a phone number written as the index
 * holds it (+8613916228801 → 13916228801), longest first (the most selective drives the index).
 */
export function searchTerms(query: string): string[] {
  const terms = query
    .normalize('NFKC')
    .toLowerCase()
    // A phone number written in groups (+86 139 1622 8801) is one term; a case number (GH01-…) is not one.
    .replace(/(?<=^|\s)\+?\d[\d -]{5,}\d(?=\s|$)/gu, (digits) => digits.replace(/[\s-]/gu, ''))
    .split(/\s+/u)
    .filter((t) => t !== '')
    .map((t) => phoneQueryTerm(t) ?? t);
  return [...new Set(terms)].sort((a, b) => Array.from(b).length - Array.from(a).length);
}

/** One FTS5 phrase: the term quoted, so its characters are matched as written, never as query syntax. */
function phrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** What the short-query index leaves out of a key. */
const letterOrDigit = /[^\p{L}\p{N}]/gu;

/** The index key of a form: the short-query index holds runs of letters and digits only. */
function indexKey(form: string): { short: boolean; key: string } {
  const short = Array.from(form).length < trigramLength;
  return { short, key: short ? form.replace(letterOrDigit, '') : form };
}

/**
 * The newest rows holding any of the forms: one FTS5 query per index the forms need (trigram for
 * 3+ characters, the character/pair index for 1–2), its phrases OR-ed, so a synonym group costs
 * one lookup per index rather than one per form; two indexes' pages are merged. Each page reaches
 * at least as far back as the merged one, so no row is skipped.
 */
function lookupAny(db: DB, forms: readonly string[], page: Omit<SearchPage, 'match'>): SearchHitRow[] {
  const keys = forms.map(indexKey).filter((k) => k.key !== '');
  const match = (short: boolean) => [...new Set(keys.filter((k) => k.short === short).map((k) => phrase(k.key)))].join(' OR ');
  const long = match(false);
  const short = match(true);
  const longRows = long === '' ? [] : searchByTrigrams(db, { ...page, match: long });
  if (short === '') return longRows;
  const shortRows = searchByGrams(db, { ...page, match: short });
  if (long === '') return shortRows;
  const byRowid = new Map<number, SearchHitRow>();
  for (const row of [...longRows, ...shortRows]) byRowid.set(row.rowid, row);
  return [...byRowid.values()].sort((a, b) => b.rowid - a.rowid).slice(0, page.limit);
}

/**
 * Cases in the viewer's view whose number, caller (name or number), address or description contain every term,
 * newest first; a term the synonym list holds matches any of its forms (违建 finds 违章搭建). The
 * longest term is looked up in an index; the other terms are checked on the rows it returns.
 */
export function searchCases(
  db: DB,
  input: ParsedInput<'search:cases'>,
  viewer: Viewer,
  synonyms: readonly SynonymGroup[] = [],
): MethodOutput<'search:cases'> {
  const [driver, ...rest] = searchTerms(input.query).map(synonymLookup(synonyms));
  if (driver === undefined) return { hits: [], next: null };
  const lookup = (page: Omit<SearchPage, 'match'>) => lookupAny(db, driver, page);
  const filters = {
    status: input.status,
    unitId: input.unitId,
    ...viewerParam(viewer),
    from: input.from,
    to: input.to,
  };
  const contains = (row: SearchHitRow) => {
    const text = [row.number, row.callerName, row.callerPhone, row.address, row.description].join('\n').normalize('NFKC').toLowerCase();
    return rest.every((forms) => forms.some((f) => text.includes(f)));
  };
  const hits: SearchHitRow[] = [];
  let before = input.before ?? Number.MAX_SAFE_INTEGER;
  let scanned = 0;
  for (;;) {
    const limit = rest.length === 0 ? input.limit - hits.length : batch;
    const rows = lookup({ ...filters, before, limit });
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

/** Field by field, not a rest-and-spread copy: that copy was a twentieth of a search's time. */
function withoutRowid(row: SearchHitRow) {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    registeredAt: row.registeredAt,
    responsibleUnitId: row.responsibleUnitId,
    kind: row.kind,
    categoryId: row.categoryId,
    committeeId: row.committeeId,
    callerName: row.callerName ?? '',
    address: row.address ?? '',
    description: row.description,
  };
}
