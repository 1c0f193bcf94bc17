/**
 * A caller's number in the search index and in a query: digits as dialled inside China, so
 * 13916228801, +8613916228801, 0086 139 1622 8801 and the last four digits (8801) all find the
 * same caller. Stored numbers are E.164 (+86…); foreign ones keep their country code's digits.
 */
export function searchablePhone(e164: string): string {
  const digits = e164.replace(/\D/gu, '');
  return e164.startsWith('+86') ? digits.slice(2) : digits;
}

/** A query term written as a phone number (+86, 0086, spaces or dashes inside), as the index holds it; otherwise null. */
export function phoneQueryTerm(term: string): string | null {
  const compact = term.normalize('NFKC').replace(/[\s-]/gu, '');
  if (!/^\+?\d{4,}$/u.test(compact)) return null;
  if (compact.startsWith('+86')) return compact.slice(3);
  if (compact.startsWith('0086')) return compact.slice(4);
  if (/^86\d{11}$/u.test(compact)) return compact.slice(2);
  return compact.replace(/^\+/u, '');
}
