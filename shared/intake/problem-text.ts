import { withFullTerms, type SynonymGroup } from './synonyms';
import { nightTimesAsWords } from './time-words';

const digit: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二号楼 → 12号楼, 五号楼 → 5号楼, 三组 → 3组: callers say building and village group numbers both ways, and the number is what tells two problems apart. */
function arabicNumbers(text: string): string {
  return text.replace(/([一二两三四五六七八九十]{1,3})(?=号|楼|栋|幢|层|单元|室|组)/gu, (cn) => {
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
 * Who the caller speaks for (老人, 住户, 邻居): said of any problem, so two calls sharing it are
 * no more alike. Removed as words, before the characters are taken, since 老 and 人 alone mean more.
 */
const who = /老年人|老人家|老人|住户|居民|人家|邻居|租客|孩子|家里|麻烦|谢谢|派人|一下|反映|投诉|严重|厉害|一直|老是|总是|好几|已经|看看|检查/gu;

/** What a call is about, as text: night clock times as 夜间 (time-words.ts), shorthand written out (synonyms), numbers as digits, talk left out, in the caller's order. */
export function problemText(text: string, synonyms: readonly SynonymGroup[]): string {
  const chars = arabicNumbers(withFullTerms(synonyms, nightTimesAsWords(text))).replace(who, '').replace(/[^\p{L}\p{N}]/gu, '');
  return [...chars].filter((c) => !talk.has(c)).join('');
}

/**
 * What a call is about, as a set of characters. Characters, not words or bigrams: two callers
 * telling one problem rarely share phrases (停水了 / 一滴水都没有 / 不来水) but do share its
 * things (水, 12, 楼).
 */
export function problemChars(text: string, synonyms: readonly SynonymGroup[]): Set<string> {
  return new Set(problemText(text, synonyms));
}

/**
 * The lane, building, room, floor and village group numbers a call names (1200弄, 12号楼, 五栋,
 * 601, 七号楼六楼, 三组), each marked with its kind (l, b, r, f, g): the surest sign of which
 * problem it is. A village house (5组12号) is read as a building is. A room number
 * also names its floor (601 is on 6楼), so 601 and 七号楼六楼 can be one flat. A bare 18楼 is a
 * floor said of any building, so it is not one.
 */
export function placeNumbers(text: string): Set<string> {
  const digits = arabicNumbers(text.normalize('NFKC'));
  const found = new Set<string>();
  for (const m of digits.matchAll(/(?<!\d)(\d{1,4})(?=弄)/gu)) found.add(`l${Number(m[1])}`);
  for (const m of digits.matchAll(/(?<!\d)(\d{1,3})(?=号|栋|幢)/gu)) found.add(`b${Number(m[1])}`);
  for (const m of digits.matchAll(/(?<![\d号])(\d{3,4})(?![\d号栋幢年元弄])/gu)) {
    found.add(`r${m[1] ?? ''}`);
    found.add(`f${Math.floor(Number(m[1]) / 100)}`);
  }
  for (const m of digits.matchAll(/(?:号楼|栋|幢)(\d{1,2})(?=楼|层)/gu)) found.add(`f${Number(m[1])}`);
  for (const m of digits.matchAll(/(?<!\d)(\d{1,2})(?=组)/gu)) found.add(`g${Number(m[1])}`);
  return found;
}

/** Both calls name a number of one kind (placeNumbers) and none of that kind is the same: another place. */
export function otherPlaceNumber(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...'lbrfg'].some((kind) => {
    const ofKind = (set: ReadonlySet<string>) => [...set].filter((p) => p.startsWith(kind));
    const x = ofKind(a);
    const y = new Set(ofKind(b));
    return x.length > 0 && y.size > 0 && !x.some((p) => y.has(p));
  });
}

/** Function words and the words around a name (的, 那段, 门口, 路灯, 路面, 3组进村) that a street, compound or village name never holds. */
const notInName = '的了是在有和与及我们到着那这个些段条根盏里上下走过马线短泥叉口边旁面前后外内门组进';
const nameChar = `[^${notInName}\\P{Script=Han}]`;
/**
 * 金高路, 杨高北路, 东靖苑, 五莲新苑, 绿地小区, 凤凰村: two or three characters before a street's,
 * a compound's or a village's ending (路 not as in 路灯, 路面; 村 not as in 村委, 村道); 陆家宅: a
 * hamlet, one or two characters before 家宅.
 */
const placeName = new RegExp(`${nameChar}{2,3}[北南东西]?(?:路(?![灯面])|弄|苑|新村|公寓|小区|村(?![委民里道口路]))|${nameChar}{1,2}家宅`, 'gu');

/**
 * The characters of the street, compound, village and hamlet names a call says. Read from the
 * text's shape, not a gazetteer, so a town that has described no places is read the same; a name
 * missed counts as what is wrong, as before.
 */
export function placeNameChars(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.normalize('NFKC').matchAll(placeName)) for (const c of m[0]) found.add(c);
  return found;
}

/** Shared characters over the shorter call's: a short call saying what a long one says scores high. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const c of small) if (large.has(c)) shared++;
  return shared / small.size;
}
