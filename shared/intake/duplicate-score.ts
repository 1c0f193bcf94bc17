import type { CharWeight } from './char-weights';
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
  /**
   * The shared characters again, each weighed by how seldom the open case's category says it
   * (char-weights.ts), over the weight of the call with more of it: two 停车 calls sharing only
   * 停, 车 and their street say less than two sharing 盲道. null when no weights were given (the
   * category model still learning, the hub), and the score is then the one fitted without it.
   */
  readonly weighedOfLonger: number | null;
  /** Hours between the two calls (≥ 0): a like problem told days later is more often another one. */
  readonly hoursApart: number;
}

/**
 * L2-regularised logistic weights fitted on the tuning half of tests/fixtures/intake-quality only
 * (`npx tsx tests/fixtures/intake-quality/fit-duplicate-score.ts` re-derives them; the held-out
 * half is never used), so the score reads as a probability there. The time weight is kept ≤ 0
 * while fitting: a later call is never more alike for being later. `plain` is the same fit
 * without the weighed overlap, for a caller that has no character weights (docs/decisions/0023).
 */
const fitted = {
  weighed: {
    bias: -2.84,
    beyondTopic: 6.84,
    beyondTopicOfLonger: 6.67,
    // Out of fold the weighed overlap carries what the count of shared characters did: left out.
    sharedCount: 0,
    topicInBoth: 0.34,
    otherPlace: -4.95,
    praiseAndComplaint: -6.88,
    weighedOfLonger: 7.02,
    logHoursApart: -1.05,
  },
  plain: {
    bias: -2.94,
    beyondTopic: 7.48,
    beyondTopicOfLonger: 10.5,
    sharedCount: 0.81,
    topicInBoth: 0.26,
    otherPlace: -6.28,
    praiseAndComplaint: -8.94,
    weighedOfLonger: 0,
    logHoursApart: -1.1,
  },
} as const satisfies Record<string, Record<'bias' | (typeof featureNames)[number], number>>;

/** What the score reads of one call, taken once per call however many it is weighed against. */
export interface CallWords {
  readonly chars: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly praise: boolean;
}

export function callWords(text: string, synonyms: readonly SynonymGroup[]): CallWords {
  return { chars: problemChars(text, synonyms), places: placeNumbers(text), praise: isPraiseCall(text) };
}

export function pairEvidence(
  a: string,
  b: string,
  topic: string,
  msApart: number,
  synonyms: readonly SynonymGroup[],
  weigh: CharWeight | null = null,
): PairEvidence {
  return evidenceOf(callWords(a, synonyms), callWords(b, synonyms), problemChars(topic, synonyms), msApart, weigh);
}

/** pairEvidence from calls already read (callWords) and the topic's characters (problemChars of the category's name). */
export function evidenceOf(a: CallWords, b: CallWords, topicChars: ReadonlySet<string>, msApart: number, weigh: CharWeight | null): PairEvidence {
  const beyond = (chars: ReadonlySet<string>) => new Set([...chars].filter((c) => !topicChars.has(c)));
  const beyondA = beyond(a.chars);
  const beyondB = beyond(b.chars);
  const sharedChars = [...beyondA].filter((c) => beyondB.has(c));
  const shared = sharedChars.length;
  const longer = Math.max(beyondA.size, beyondB.size);
  const saysTopic = (chars: ReadonlySet<string>) => [...topicChars].some((c) => chars.has(c));
  return {
    beyondTopic: overlap(beyondA, beyondB),
    beyondTopicOfLonger: longer === 0 ? 0 : shared / longer,
    sharedCount: Math.min(1, shared / 8),
    topicInBoth: saysTopic(a.chars) && saysTopic(b.chars),
    otherPlace: a.places.size > 0 && b.places.size > 0 && ![...a.places].some((p) => b.places.has(p)),
    praiseAndComplaint: a.praise !== b.praise,
    weighedOfLonger: weigh === null ? null : weighedOfLonger(sharedChars, beyondA, beyondB, weigh),
    hoursApart: Math.abs(msApart) / 3_600_000,
  };
}

function weighedOfLonger(shared: readonly string[], a: ReadonlySet<string>, b: ReadonlySet<string>, weigh: CharWeight): number {
  const mass = (chars: Iterable<string>) => {
    let sum = 0;
    for (const c of chars) sum += weigh(c);
    return sum;
  };
  const more = Math.max(mass(a), mass(b));
  return more === 0 ? 0 : mass(shared) / more;
}

export const featureNames = [
  'beyondTopic',
  'beyondTopicOfLonger',
  'sharedCount',
  'topicInBoth',
  'otherPlace',
  'praiseAndComplaint',
  'weighedOfLonger',
  'logHoursApart',
] as const;

/** The features as the fitted weights read them, in featureNames' order (the fitting script uses the same); the weighed overlap is 0 when absent. */
export function featureVector(e: PairEvidence): number[] {
  return [
    e.beyondTopic,
    e.beyondTopicOfLonger,
    e.sharedCount,
    e.topicInBoth ? 1 : 0,
    e.otherPlace ? 1 : 0,
    e.praiseAndComplaint ? 1 : 0,
    e.weighedOfLonger ?? 0,
    Math.log1p(e.hoursApart),
  ];
}

export function sameProblemScore(e: PairEvidence): number {
  const weights = e.weighedOfLonger === null ? fitted.plain : fitted.weighed;
  const x = featureVector(e);
  const z = featureNames.reduce<number>((sum, name, i) => sum + weights[name] * (x[i] ?? 0), weights.bias);
  return 1 / (1 + Math.exp(-z));
}
