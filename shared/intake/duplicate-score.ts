import type { CharWeight } from './char-weights';
import { isPraiseCall } from './praise';
import { otherPlaceNumber, overlap, placeNameChars, placeNumbers, problemChars, problemText } from './problem-text';
import type { SynonymGroup } from './synonyms';

/**
 * How likely two calls tell the same problem (0…1), from their words and the time between them.
 * Committee and category are the rule's business (duplicates.ts): the score only weighs calls
 * the rule lets meet. Every feature is symmetric, so the score does not depend on which call came first.
 */
export interface PairEvidence {
  /**
   * Shared content characters over the shorter call's (problem-text.ts), leaving out the characters
   * of the category's own name and of the place names either call says (placeNameChars): two 电梯
   * calls share 电梯, and two calls of one village its name, whatever they are about (docs/decisions/0047).
   */
  readonly beyondTopic: number;
  /** The same shared characters over the longer call's: low when one call also tells of much the other does not (北门 路灯 / 北门 窨井盖缺了一块). */
  readonly beyondTopicOfLonger: number;
  /** How many content characters beyond the topic both calls have, over 8 and at most 1: two of two short ones say less than six of ten. */
  readonly sharedCount: number;
  /**
   * Shared pairs of neighbouring characters (problemText, talk left out) over the shorter call's,
   * a pair inside a place name left out: 停水 and 12号楼 said alike weigh more than 水 and 12
   * scattered, and 凤凰村 said by every caller of the village is no second pair (docs/decisions/0041, 0047).
   */
  readonly pairsOfShorter: number;
  /** Both name a building, room or village group number and none is the same (5号楼 / 8号楼, 3组 / 七组): another place, so another problem. */
  readonly otherPlace: boolean;
  /** One call thanks for a matter and the other complains of one: a 表扬 is its own case, never a repeat of the complaint. */
  readonly praiseAndComplaint: boolean;
  /**
   * What is wrong, apart from where: the shared characters beyond the topic and the names of
   * streets and compounds (placeNameChars), each weighed by how seldom the open case's category
   * says it (char-weights.ts; each 1 when no weights are given), over the weight of the call with
   * more of it. Two problems of one street share its name, one problem told twice shares what is
   * wrong (金高路's pothole / 金高路's loose kerb; docs/decisions/0041).
   */
  readonly matterOfLonger: number;
  /** Whether character weights were given: the score then reads the fit made with them, else the plain one. */
  readonly charWeighed: boolean;
  /** Hours between the two calls (≥ 0): a like problem told days later is more often another one. */
  readonly hoursApart: number;
}

/**
 * L2-regularised logistic weights fitted on the tuning half of tests/fixtures/intake-quality only
 * (`npx tsx tests/fixtures/intake-quality/fit-duplicate-score.ts` re-derives them; the held-out
 * half is never used), so the score reads as a probability there. The time weight is kept ≤ 0
 * while fitting: a later call is never more alike for being later. `plain` is the same fit
 * with every character weighing 1, for a caller that has no character weights (docs/decisions/0023, 0041, 0046, 0047).
 */
const fitted = {
  weighed: {
    bias: -2.59,
    beyondTopic: 5.29,
    beyondTopicOfLonger: 2.72,
    // Out of fold the weighed matter carries what the count of shared characters did: left out.
    sharedCount: 0,
    pairsOfShorter: 5.55,
    otherPlace: -6.95,
    praiseAndComplaint: -11.74,
    matterOfLonger: 11.53,
    logHoursApart: -0.63,
  },
  plain: {
    bias: -2.51,
    beyondTopic: 3.95,
    beyondTopicOfLonger: 3.11,
    sharedCount: 4.3,
    pairsOfShorter: 4.35,
    otherPlace: -5.91,
    praiseAndComplaint: -8.83,
    matterOfLonger: 3.11,
    logHoursApart: -0.57,
  },
} as const satisfies Record<string, Record<'bias' | (typeof featureNames)[number], number>>;

/** What the score reads of one call, taken once per call however many it is weighed against. */
export interface CallWords {
  readonly chars: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly praise: boolean;
  /** Neighbouring characters of problemText, as two-character strings. */
  readonly pairs: ReadonlySet<string>;
  /** The characters of the street, compound, village and hamlet names it says (placeNameChars). */
  readonly placeChars: ReadonlySet<string>;
}

/**
 * Calls already read, per synonym list: the core weighs the same open cases at every pause in the
 * operator's typing, so each is read once rather than once per check. Bounded: emptied when full.
 */
const readCalls = new WeakMap<readonly SynonymGroup[], Map<string, CallWords>>();
const readCallsKept = 4_000;

export function callWords(text: string, synonyms: readonly SynonymGroup[]): CallWords {
  let read = readCalls.get(synonyms);
  if (!read) {
    read = new Map();
    readCalls.set(synonyms, read);
  }
  let words = read.get(text);
  if (!words) {
    if (read.size >= readCallsKept) read.clear();
    words = readCall(text, synonyms);
    read.set(text, words);
  }
  return words;
}

function readCall(text: string, synonyms: readonly SynonymGroup[]): CallWords {
  const content = [...problemText(text, synonyms)];
  const placeChars = placeNameChars(text);
  const pairs = content.slice(1).map((c, i) => `${content[i] ?? ''}${c}`);
  return {
    chars: new Set(content),
    places: placeNumbers(text),
    praise: isPraiseCall(text),
    pairs: new Set(pairs.filter((p) => ![...p].every((c) => placeChars.has(c)))),
    placeChars,
  };
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
  const inName = (c: string) => a.placeChars.has(c) || b.placeChars.has(c);
  const beyond = (chars: ReadonlySet<string>) => new Set([...chars].filter((c) => !topicChars.has(c) && !inName(c)));
  const beyondA = beyond(a.chars);
  const beyondB = beyond(b.chars);
  const sharedChars = [...beyondA].filter((c) => beyondB.has(c));
  const shared = sharedChars.length;
  const longer = Math.max(beyondA.size, beyondB.size);
  return {
    beyondTopic: overlap(beyondA, beyondB),
    beyondTopicOfLonger: longer === 0 ? 0 : shared / longer,
    sharedCount: Math.min(1, shared / 8),
    pairsOfShorter: overlap(a.pairs, b.pairs),
    otherPlace: otherPlaceNumber(a.places, b.places),
    praiseAndComplaint: a.praise !== b.praise,
    matterOfLonger: matterOfLonger(sharedChars, beyondA, beyondB, weigh ?? unweighed),
    charWeighed: weigh !== null,
    hoursApart: Math.abs(msApart) / 3_600_000,
  };
}

const unweighed: CharWeight = () => 1;

/** Over characters beyond the topic and the place names already (evidenceOf). */
function matterOfLonger(shared: readonly string[], a: ReadonlySet<string>, b: ReadonlySet<string>, weigh: CharWeight): number {
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
  'pairsOfShorter',
  'otherPlace',
  'praiseAndComplaint',
  'matterOfLonger',
  'logHoursApart',
] as const;

/** The features as the fitted weights read them, in featureNames' order (the fitting script uses the same). */
export function featureVector(e: PairEvidence): number[] {
  return [
    e.beyondTopic,
    e.beyondTopicOfLonger,
    e.sharedCount,
    e.pairsOfShorter,
    e.otherPlace ? 1 : 0,
    e.praiseAndComplaint ? 1 : 0,
    e.matterOfLonger,
    Math.log1p(e.hoursApart),
  ];
}

export function sameProblemScore(e: PairEvidence): number {
  const weights = e.charWeighed ? fitted.weighed : fitted.plain;
  const x = featureVector(e);
  const z = featureNames.reduce<number>((sum, name, i) => sum + weights[name] * (x[i] ?? 0), weights.bias);
  return 1 / (1 + Math.exp(-z));
}
