import { isPraiseCall } from './praise';
import { overlap, placeNumbers, problemChars } from './problem-text';
import type { SynonymGroup } from './synonyms';

/**
 * How likely two calls tell the same problem (0…1), from their words and the time between them.
 * Committee and category are the rule's business (duplicates.ts): the score only weighs calls
 * the rule lets meet. Every feature is symmetric, so the score does not depend on which call came first.
 */
export interface PairEvidence {
  /** Shared content characters over the shorter call's (problem-text.ts), leaving out the characters of the category's own name: two 电梯 calls share 电梯 whatever they are about. */
  readonly beyondTopic: number;
  /** The same shared characters over the longer call's: low when one call also tells of much the other does not (北门 路灯 / 北门 窨井盖缺了一块). */
  readonly beyondTopicOfLonger: number;
  /** How many content characters beyond the topic both calls have, over 8 and at most 1: two of two short ones say less than six of ten. */
  readonly sharedCount: number;
  /** Both calls name something of the topic (灯 of 路灯): before a category is chosen, a call that never says it is rarely about it. */
  readonly topicInBoth: boolean;
  /** Both name a building or room number and none is the same (5号楼 / 8号楼): another place, so another problem. */
  readonly otherPlace: boolean;
  /** One call thanks for a matter and the other complains of one: a 表扬 is its own case, never a repeat of the complaint. */
  readonly praiseAndComplaint: boolean;
  /** Hours between the two calls (≥ 0): a like problem told days later is more often another one. */
  readonly hoursApart: number;
}

/**
 * L2-regularised logistic weights fitted on the tuning half of tests/fixtures/intake-quality only
 * (`npx tsx tests/fixtures/intake-quality/fit-duplicate-score.ts` re-derives them; the held-out
 * half is never used), so the score reads as a probability there. The time weight is kept ≤ 0
 * while fitting: a later call is never more alike for being later.
 */
const weights = {
  bias: -3.17,
  beyondTopic: 5.03,
  beyondTopicOfLonger: 5.34,
  sharedCount: 4.22,
  topicInBoth: 1.16,
  otherPlace: -4.23,
  praiseAndComplaint: -5.85,
  logHoursApart: -1.04,
} as const;

export function pairEvidence(a: string, b: string, topic: string, msApart: number, synonyms: readonly SynonymGroup[]): PairEvidence {
  const topicChars = problemChars(topic, synonyms);
  const beyond = (chars: ReadonlySet<string>) => new Set([...chars].filter((c) => !topicChars.has(c)));
  const placesA = placeNumbers(a);
  const placesB = placeNumbers(b);
  const charsA = problemChars(a, synonyms);
  const charsB = problemChars(b, synonyms);
  const beyondA = beyond(charsA);
  const beyondB = beyond(charsB);
  const shared = [...beyondA].filter((c) => beyondB.has(c)).length;
  const longer = Math.max(beyondA.size, beyondB.size);
  const saysTopic = (chars: ReadonlySet<string>) => [...topicChars].some((c) => chars.has(c));
  return {
    beyondTopic: overlap(beyondA, beyondB),
    beyondTopicOfLonger: longer === 0 ? 0 : shared / longer,
    sharedCount: Math.min(1, shared / 8),
    topicInBoth: saysTopic(charsA) && saysTopic(charsB),
    otherPlace: placesA.size > 0 && placesB.size > 0 && ![...placesA].some((p) => placesB.has(p)),
    praiseAndComplaint: isPraiseCall(a) !== isPraiseCall(b),
    hoursApart: Math.abs(msApart) / 3_600_000,
  };
}

/** The features as the fitted weights read them, in a fixed order (the fitting script uses the same). */
export function featureVector(e: PairEvidence): number[] {
  return [e.beyondTopic, e.beyondTopicOfLonger, e.sharedCount, e.topicInBoth ? 1 : 0, e.otherPlace ? 1 : 0, e.praiseAndComplaint ? 1 : 0, Math.log1p(e.hoursApart)];
}

export const featureNames = ['beyondTopic', 'beyondTopicOfLonger', 'sharedCount', 'topicInBoth', 'otherPlace', 'praiseAndComplaint', 'logHoursApart'] as const;

export function sameProblemScore(e: PairEvidence): number {
  const x = featureVector(e);
  const z = featureNames.reduce<number>((sum, name, i) => sum + weights[name] * (x[i] ?? 0), weights.bias);
  return 1 / (1 + Math.exp(-z));
}
