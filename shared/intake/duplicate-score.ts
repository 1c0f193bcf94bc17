import { overlap, placeNumbers, problemChars, problemText } from './problem-text';
import type { SynonymGroup } from './synonyms';

/**
 * How likely two calls tell the same problem, from their words alone (0…1). Committee, category,
 * age and phone are the rule's business (duplicates.ts); this is only what the texts say.
 */
export interface TextEvidence {
  /** Shared content characters over the shorter call's (problem-text.ts), leaving out the characters of the category's own name: two 电梯 calls share 电梯 whatever they are about. */
  readonly beyondTopic: number;
  /** Shared character pairs (shingles) beyond the topic, over the shorter call's: 送餐 vs 饭菜 where single characters meet. */
  readonly shingles: number;
  /** Both name a building or room number and none is the same (5号楼 / 8号楼): another place, so another problem. */
  readonly otherPlace: boolean;
}

/**
 * Logistic weights fitted on the tuning half of tests/fixtures/intake-quality only (the held-out
 * half is never used for them), so the score reads as a probability there; `npm run bench:intake`
 * reports both halves. otherPlace weighs most: a building number is the surest thing a caller says.
 */
const weights = { bias: -3.9, beyondTopic: 16.0, shingles: 14.3, otherPlace: -10.1 } as const;

export function textEvidence(a: string, b: string, topic: string, synonyms: readonly SynonymGroup[]): TextEvidence {
  const topicChars = problemChars(topic, synonyms);
  const charsA = problemChars(a, synonyms);
  const charsB = problemChars(b, synonyms);
  const beyond = (chars: ReadonlySet<string>) => new Set([...chars].filter((c) => !topicChars.has(c)));
  const placesA = placeNumbers(a);
  const placesB = placeNumbers(b);
  return {
    beyondTopic: overlap(beyond(charsA), beyond(charsB)),
    shingles: overlap(shingles(a, topicChars, synonyms), shingles(b, topicChars, synonyms)),
    otherPlace: placesA.size > 0 && placesB.size > 0 && ![...placesA].some((p) => placesB.has(p)),
  };
}

/** Adjacent pairs of content characters (talk and topic left out before pairing). */
function shingles(text: string, topicChars: ReadonlySet<string>, synonyms: readonly SynonymGroup[]): Set<string> {
  const chars = [...problemText(text, synonyms)].filter((c) => !topicChars.has(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
}

export function sameProblemScore(e: TextEvidence): number {
  const z =
    weights.bias +
    weights.beyondTopic * e.beyondTopic +
    weights.shingles * e.shingles +
    (e.otherPlace ? weights.otherPlace : 0);
  return 1 / (1 + Math.exp(-z));
}
