import { textRuns } from '../../../shared/intake/ngrams';
import { searchablePhone } from '../../../shared/intake/phone-search';
import type { DB } from './db';

/**
 * The tokens of the short-query index: every distinct character and character pair of the text,
 * space-separated, so FTS5's plain unicode61 tokenizer indexes 老, 老人, 人 as words of their
 * own. Trigrams cannot answer a 1–2 character query (老人, 噪音); this can, from an index.
 */
export function searchGrams(text: string): string {
  const grams = new Set<string>();
  for (const run of textRuns(text)) {
    const chars = Array.from(run);
    chars.forEach((c, i) => {
      grams.add(c);
      const next = chars[i + 1];
      if (next !== undefined) grams.add(c + next);
    });
  }
  return [...grams].join(' ');
}

/** The caller as search reads them: the name, then the number as it is dialled in China (13916228801). */
export function searchableCaller(name: string, e164: string): string {
  const phone = searchablePhone(e164);
  return phone === '' ? name : `${name} ${phone}`;
}

/**
 * The store's triggers call `search_grams()`, so every connection that writes cases registers
 * it: `openDatabase` does, and so does migration 3 for a bare connection.
 */
export function registerSearchFunctions(db: DB): void {
  db.function('search_grams', { deterministic: true }, (text: unknown) => searchGrams(typeof text === 'string' ? text : ''));
  db.function('search_caller', { deterministic: true }, (name: unknown, phone: unknown) =>
    searchableCaller(typeof name === 'string' ? name : '', typeof phone === 'string' ? phone : ''),
  );
}
