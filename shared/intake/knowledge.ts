import { bigramSet } from './ngrams';
import { withFullTerms, type SynonymGroup } from './synonyms';

/**
 * Knowledge base for inquiries (most hotline calls): answers that match the description as it is
 * typed, so the operator can answer at intake and close the case as `answered`.
 */
export interface KnowledgeEntry {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  /** Words an admin attaches so the entry is found however the caller phrases it (长者食堂 for 助餐点). */
  readonly keywords: readonly string[];
}

export interface KnowledgeMatch<E extends KnowledgeEntry> {
  readonly entry: E;
  readonly score: number;
  /** The entry's keywords found in the text, for highlighting. */
  readonly keywordHits: readonly string[];
}

/** A keyword is chosen by a person, so one hit weighs as much as half the question found in the text. */
const keywordWeight = 0.5;
/** One keyword hit, or a quarter of the question's weight, before an entry is worth showing. */
const minScore = 0.25;

/**
 * Question words and the verbs of asking for a service say that the caller asks, not what
 * about; a small knowledge base cannot learn that from rarity alone, so their bigrams are left
 * out of every question.
 */
const questionWords = new Set([
  ...['怎么', '么办', '在哪', '哪里', '哪儿', '什么', '如何', '是否', '可以', '能不', '不能', '多少', '几点'],
  ...['请问', '问一', '一下', '办理', '申请'],
]);

/**
 * An answer answers a question: a call that asks (怎么, 哪里, 几点, 吗, ？…) may be closed with
 * one; a complaint that names an entry's place or topic (金高路的路灯坏了, 投诉助餐点的饭菜太咸)
 * is not asking what the entry tells, and is offered nothing.
 */
const asking = /怎么|怎样|如何|哪里|哪儿|哪些|在哪|什么|了没有|好了没|几点|多久|多长时间|多少|是否|能不能|可不可以|可以吗|要不要|有没有|需不需要|请问|想问|问一下|咨询|吗|么|[?？]/u;

export function readsAsQuestion(text: string): boolean {
  return asking.test(text.normalize('NFKC'));
}

function squeeze(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * The `k` entries that best match `text`, best first (ties keep the entries' order). The score
 * is the share of the question's character bigrams found in the text, each weighted by its
 * rarity across the knowledge base (助餐 counts more than 老人), question words left out, plus
 * `keywordWeight` for each keyword the text contains.
 */
export function matchKnowledge<E extends KnowledgeEntry>(
  entries: readonly E[],
  said: string,
  k = 3,
  synonyms: readonly SynonymGroup[] = [],
): KnowledgeMatch<E>[] {
  // Shorthand written out, so 没水了 reaches the entry about 停水.
  const text = synonyms.length > 0 ? withFullTerms(synonyms, said) : said;
  const textGrams = bigramSet(text);
  const squeezed = squeeze(text);
  if (squeezed === '' || k <= 0 || !readsAsQuestion(said)) return [];

  const questions = entries.map((e) => [...bigramSet(e.question)].filter((g) => !questionWords.has(g)));
  const documentFrequency = new Map<string, number>();
  for (const grams of questions) for (const g of grams) documentFrequency.set(g, (documentFrequency.get(g) ?? 0) + 1);
  const weight = (gram: string) => Math.log(1 + entries.length / (documentFrequency.get(gram) ?? 1));

  const matches: KnowledgeMatch<E>[] = [];
  entries.forEach((entry, i) => {
    let total = 0;
    let found = 0;
    for (const gram of questions[i] ?? []) {
      const w = weight(gram);
      total += w;
      if (textGrams.has(gram)) found += w;
    }
    const keywordHits = entry.keywords.filter((keyword) => {
      const needle = squeeze(keyword);
      return needle !== '' && squeezed.includes(needle);
    });
    const score = (total > 0 ? found / total : 0) + keywordWeight * keywordHits.length;
    if (score >= minScore) matches.push({ entry, score, keywordHits });
  });
  return matches.sort((a, b) => b.score - a.score).slice(0, k);
}
