/**
 * Character n-grams of free Chinese text, shared by the classifier, the duplicate rule and the
 * knowledge base. Chinese has no spaces between words, so characters (not words) are the unit.
 */

/** Letters and digits of any script; everything else (punctuation, spaces, emoji) splits the text. */
const wordRun = /[\p{L}\p{N}]+/gu;

/**
 * The runs of letters and digits in `text`, NFKC-folded (full-width ＡＢＣ１ → ABC1) and
 * lower-cased, so that grams never span a punctuation mark or a space.
 */
export function textRuns(text: string): string[] {
  return Array.from(text.normalize('NFKC').toLowerCase().matchAll(wordRun), (m) => m[0]);
}

/** Every n-gram of length `min`…`max` (in code points) inside each run, repeats kept, in text order. */
export function charNgrams(text: string, min: number, max: number): string[] {
  const grams: string[] = [];
  for (const run of textRuns(text)) {
    const chars = Array.from(run);
    for (let n = min; n <= max; n++) {
      for (let i = 0; i + n <= chars.length; i++) grams.push(chars.slice(i, i + n).join(''));
    }
  }
  return grams;
}

/** The distinct character bigrams of `text`; a one-character run contributes itself, so 火 still counts. */
export function bigramSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const run of textRuns(text)) {
    const chars = Array.from(run);
    if (chars.length === 1) set.add(run);
    for (let i = 0; i + 2 <= chars.length; i++) set.add(chars.slice(i, i + 2).join(''));
  }
  return set;
}

/** Sørensen–Dice coefficient of two sets: 2|A∩B| / (|A|+|B|), 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  return (2 * intersectionSize(a, b)) / (a.size + b.size);
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared;
}
