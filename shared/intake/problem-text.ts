import { withFullTerms, type SynonymGroup } from './synonyms';

const digit: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二号楼 → 12号楼, 五号楼 → 5号楼: callers say building numbers both ways, and the number is what tells two problems apart. */
function arabicNumbers(text: string): string {
  return text.replace(/([一二两三四五六七八九十]{1,3})(?=号|楼|栋|幢|层|单元|室)/gu, (cn) => {
    const [tens, ones] = cn.includes('十') ? cn.split('十') : ['', cn];
    const t = cn.includes('十') ? (tens === '' ? 1 : (digit[tens ?? ''] ?? 0)) : 0;
    const o = ones === '' || ones === undefined ? 0 : (digit[ones] ?? 0);
    return String(t * 10 + o);
  });
}

/**
 * Characters every call has, whatever it is about (grammar, 请/希望/帮忙, 小区/问题): sharing
 * them says nothing about being the same problem.
 */
const talk = new Set([...'的了是在我们有一不人家个这那都也就还很要去来上下里面说请能会没好天几到把被给对和与及吧呢吗啊呀么什时候现已经直希望帮忙处理尽快小区问题情况']);

/**
 * What a call is about, as a set of characters: shorthand written out (synonyms), numbers as
 * digits, talk left out. Characters, not words or bigrams: two callers telling one problem
 * rarely share phrases (停水了 / 一滴水都没有 / 不来水) but do share its things (水, 12, 楼).
 */
export function problemChars(text: string, synonyms: readonly SynonymGroup[]): Set<string> {
  const chars = arabicNumbers(withFullTerms(synonyms, text)).replace(/[^\p{L}\p{N}]/gu, '');
  return new Set([...chars].filter((c) => !talk.has(c)));
}

/** Shared characters over the shorter call's: a short call saying what a long one says scores high. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const c of small) if (large.has(c)) shared++;
  return shared / small.size;
}
