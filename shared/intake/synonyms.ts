/**
 * 同义词: a town's own shorthand (违建 for 违章搭建, 群租 for 群租房). A group names one full term
 * and the other forms callers and operators use; search finds any form by any other, and the
 * duplicate check reads every form as the full term.
 */
export interface SynonymGroup {
  readonly id: string;
  /** The full form, e.g. 违章搭建. */
  readonly term: string;
  /** Other ways to say it, e.g. 违建, 私搭乱建. */
  readonly forms: readonly string[];
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** Every way to say `word` (itself included) when a group holds it; otherwise just the word. */
export function synonymForms(groups: readonly SynonymGroup[], word: string): string[] {
  return synonymLookup(groups)(word);
}

const lookups = new WeakMap<readonly SynonymGroup[], (word: string) => string[]>();

/**
 * `synonymForms` for one list, its groups folded once: a search asks for every term of every
 * query, and folding each group's forms each time was a tenth of a search's time.
 */
export function synonymLookup(groups: readonly SynonymGroup[]): (word: string) => string[] {
  let lookup = lookups.get(groups);
  if (lookup) return lookup;
  const byForm = new Map<string, readonly string[]>();
  for (const g of groups) {
    const all = [...new Set([fold(g.term), ...g.forms.map(fold)])];
    // The first group holding a form wins, as a search down the list would find it.
    for (const form of all) if (!byForm.has(form)) byForm.set(form, all);
  }
  lookup = (word) => {
    const w = fold(word);
    return [...(byForm.get(w) ?? [w])];
  };
  lookups.set(groups, lookup);
  return lookup;
}

/** The text, folded for comparing (NFKC, lower case), with every form written as its group's full term, longest form first. */
export function withFullTerms(groups: readonly SynonymGroup[], text: string): string {
  let out = fold(text);
  for (const [form, term] of formsLongestFirst(groups)) {
    if (!out.includes(form)) continue;
    // A form inside its own full term (建 in 违章搭建) must not be replaced twice.
    if (term.includes(form)) out = out.split(term).map((part) => part.replaceAll(form, term)).join(term);
    else out = out.replaceAll(form, term);
  }
  return out;
}

const sortedForms = new WeakMap<readonly SynonymGroup[], readonly (readonly [string, string])[]>();

/** Each form with its full term, folded and longest first, once per list: the duplicate check rewrites every open case's text with them. */
function formsLongestFirst(groups: readonly SynonymGroup[]): readonly (readonly [string, string])[] {
  let pairs = sortedForms.get(groups);
  if (pairs) return pairs;
  pairs = groups
    .flatMap((g) => g.forms.map((f) => [fold(f), fold(g.term)] as const))
    .filter(([form]) => form !== '')
    .sort((a, b) => b[0].length - a[0].length);
  sortedForms.set(groups, pairs);
  return pairs;
}
