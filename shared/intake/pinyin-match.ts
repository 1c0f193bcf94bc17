import { pinyin, polyphonic } from 'pinyin-pro';

/**
 * Pickers that understand Chinese typing: an item is found by its Chinese name, its full pinyin
 * (zhucan), pinyin initials (zc) or any mix of them (gaohz, 高hz), case-insensitively.
 */
export interface PinyinItem {
  readonly id: string;
  readonly name: string;
}

/** How well a query matched, best first; a better tier always ranks higher. */
export const matchTiers = ['exact', 'prefix', 'initials', 'substring'] as const;
export type MatchTier = (typeof matchTiers)[number];

export interface PinyinMatch<T extends PinyinItem> {
  readonly item: T;
  readonly tier: MatchTier;
  /** Indexes into `Array.from(item.name)` (code points, not UTF-16 units) of the characters the query matched. */
  readonly positions: readonly number[];
}

interface IndexedItem<T extends PinyinItem> {
  readonly item: T;
  readonly order: number;
  /** Each code point of the name, lower-cased, matched literally. */
  readonly chars: readonly string[];
  /** Every reading of each character, the one read in context first; empty for non-Chinese characters. */
  readonly readings: readonly (readonly string[])[];
  /** Spaces and punctuation (民生服务 › 助餐) are stepped over, never matched. */
  readonly skippable: readonly boolean[];
  readonly matchable: number;
}

/** Built once per list (pinyin lookup is the slow part), then searched on every keystroke. */
export interface PinyinIndex<T extends PinyinItem> {
  readonly items: readonly IndexedItem<T>[];
}

const han = /\p{Script=Han}/u;
const letterOrDigit = /[\p{L}\p{N}]/u;
const syllable = /^[a-z]+$/;

export function buildPinyinIndex<T extends PinyinItem>(items: readonly T[]): PinyinIndex<T> {
  return { items: items.map((item, order) => indexItem(item, order)) };
}

function indexItem<T extends PinyinItem>(item: T, order: number): IndexedItem<T> {
  const chars = Array.from(item.name, (c) => c.toLowerCase());
  const options = { toneType: 'none', type: 'array', v: true } as const;
  // Both outputs hold one entry per code point; polyphones keep every reading because names are
  // read by place custom (高行 is gāo háng, while pinyin-pro reads it xíng) and callers type either.
  const inContext = pinyin(item.name, options);
  const all = polyphonic(item.name, options);
  const readings = Array.from(item.name, (c, i) => {
    if (!han.test(c)) return [];
    const candidates = [inContext[i] ?? '', ...(all[i] ?? [])].map((r) => r.toLowerCase());
    return [...new Set(candidates)].filter((r) => syllable.test(r));
  });
  const skippable = chars.map((c) => !letterOrDigit.test(c));
  return { item, order, chars, readings, skippable, matchable: skippable.filter((s) => !s).length };
}

/** Lower-cased, full-width folded, ü typed as v (as every pinyin keyboard does), spaces and punctuation dropped. */
function normaliseQuery(query: string): string {
  return Array.from(query.normalize('NFKC').toLowerCase().replaceAll('ü', 'v'))
    .filter((c) => letterOrDigit.test(c))
    .join('');
}

/**
 * How each character may consume the query: `exact` only whole readings and the whole name,
 * `full` whole readings except that the query may end inside the last one, `loose` any
 * non-empty start of a reading (initials, or abbreviations such as gaohzh).
 */
type Mode = 'exact' | 'full' | 'loose';

/** The matched positions when the query, from `start`, can be read off the name in `mode`; null otherwise. */
function matchFrom<T extends PinyinItem>(entry: IndexedItem<T>, query: string, start: number, mode: Mode): number[] | null {
  const width = query.length + 1;
  const failed = new Uint8Array((entry.chars.length + 1) * width);
  const path: number[] = [];

  const walk = (i: number, j: number): boolean => {
    if (j === query.length) return mode !== 'exact' || entry.skippable.slice(i).every(Boolean);
    if (i === entry.chars.length || failed[i * width + j] === 1) return false;
    if (entry.skippable[i] === true) {
      if (walk(i + 1, j)) return true;
    } else {
      path.push(i);
      if (entry.chars[i] === query[j] && walk(i + 1, j + 1)) return true;
      for (const reading of entry.readings[i] ?? []) {
        // Longest first, so highlights follow the natural reading of the query.
        for (let taken = Math.min(reading.length, query.length - j); taken >= 1; taken--) {
          const whole = taken === reading.length;
          const allowed = whole || mode === 'loose' || (mode === 'full' && j + taken === query.length);
          if (allowed && query.startsWith(reading.slice(0, taken), j) && walk(i + 1, j + taken)) return true;
        }
      }
      path.pop();
    }
    failed[i * width + j] = 1;
    return false;
  };

  return walk(start, 0) ? path : null;
}

interface Candidate<T extends PinyinItem> {
  readonly match: PinyinMatch<T>;
  readonly start: number;
  readonly unmatched: number;
  readonly order: number;
}

function bestMatch<T extends PinyinItem>(entry: IndexedItem<T>, query: string): Candidate<T> | null {
  const first = entry.skippable.indexOf(false);
  if (first === -1) return null;
  const found = (tier: MatchTier, start: number, positions: number[]): Candidate<T> => ({
    match: { item: entry.item, tier, positions },
    start,
    unmatched: entry.matchable - positions.length,
    order: entry.order,
  });
  const exact = matchFrom(entry, query, first, 'exact');
  if (exact) return found('exact', first, exact);
  const prefix = matchFrom(entry, query, first, 'full');
  if (prefix) return found('prefix', first, prefix);
  const initials = matchFrom(entry, query, first, 'loose');
  if (initials) return found('initials', first, initials);
  for (let start = first + 1; start < entry.chars.length; start++) {
    if (entry.skippable[start] === true) continue;
    const inner = matchFrom(entry, query, start, 'loose');
    if (inner) return found('substring', start, inner);
  }
  return null;
}

/**
 * The items the query matches, best first: by tier, then the fewest characters left unmatched
 * (助餐 before 助餐点位 for zc), then the earliest start, then the list's own order.
 * An empty query matches nothing.
 */
export function searchPinyinIndex<T extends PinyinItem>(
  index: PinyinIndex<T>,
  query: string,
  limit: number,
): PinyinMatch<T>[] {
  const q = normaliseQuery(query);
  if (q === '' || limit <= 0) return [];
  const candidates: Candidate<T>[] = [];
  for (const entry of index.items) {
    const candidate = bestMatch(entry, q);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort(
    (a, b) =>
      matchTiers.indexOf(a.match.tier) - matchTiers.indexOf(b.match.tier) ||
      a.unmatched - b.unmatched ||
      a.start - b.start ||
      a.order - b.order,
  );
  return candidates.slice(0, limit).map((c) => c.match);
}
