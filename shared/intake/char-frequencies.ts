import { problemChars } from './problem-text';
import type { SynonymGroup } from './synonyms';

/**
 * In how many calls each content character occurs (problem-text.ts), over how many calls: a
 * character every call of a town says (路, 门, its street's name) tells less about which problem
 * two calls share than a rare one (锈, 抖). Counted by the caller from the calls it has — the
 * store from its cases, the bench from the tuning calls only — and passed in, so this stays pure.
 */
export interface CharFrequencies {
  readonly documents: number;
  readonly counts: ReadonlyMap<string, number>;
}

export const noFrequencies: CharFrequencies = { documents: 0, counts: new Map() };

export function charFrequencies(texts: Iterable<string>, synonyms: readonly SynonymGroup[]): CharFrequencies {
  const counts = new Map<string, number>();
  let documents = 0;
  for (const text of texts) {
    documents++;
    for (const c of problemChars(text, synonyms)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return { documents, counts };
}

/**
 * How much sharing `c` says (smoothed inverse document frequency, ≥ 1 — or exactly 1 for every
 * character when no calls were counted, so the weighted overlap is then the plain one). A
 * character never seen counts as the rarest.
 */
export function rarity(f: CharFrequencies, c: string): number {
  return 1 + Math.log((f.documents + 1) / ((f.counts.get(c) ?? 0) + 1));
}

/** Rarity of the shared characters over the rarity of the set that has less of it: overlap() with rare characters weighing more. */
export function rareOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, f: CharFrequencies): { ofLess: number; ofMore: number } {
  const weigh = (chars: Iterable<string>) => [...chars].reduce((sum, c) => sum + rarity(f, c), 0);
  const shared = weigh([...a].filter((c) => b.has(c)));
  const [wa, wb] = [weigh(a), weigh(b)];
  const [less, more] = wa <= wb ? [wa, wb] : [wb, wa];
  return { ofLess: less === 0 ? 0 : shared / less, ofMore: more === 0 ? 0 : shared / more };
}
