import type { CaseStatus } from '../case/vocabulary';
import type { CategoryCharWeights } from './char-weights';
import { callWords, evidenceOf, sameProblemScore } from './duplicate-score';
import { problemChars } from './problem-text';
import type { SynonymGroup } from './synonyms';

/**
 * 重复件: before a new call is saved, the open cases it may repeat, so the operator can file it
 * as a linked child of the main case instead of a second case for the same problem.
 */
export interface DuplicateDraft {
  /** E.164; null for a caller who withheld the number. */
  readonly phone: string | null;
  readonly committeeId: string;
  /** null: not chosen yet — the check runs on the committee alone, asking more of the words. */
  readonly categoryId: string | null;
  /**
   * While no category is chosen, the categories the category model suggests for the words so far
   * (classifier.ts), most likely first: a case of one of them is weighed at a threshold between the two.
   */
  readonly suggestedCategoryIds?: readonly string[];
  readonly description: string;
  /** ISO time of the call; passed in, so the rule never reads a clock. */
  readonly at: string;
}

export interface DuplicateCandidate {
  readonly id: string;
  readonly number: string;
  readonly phone: string | null;
  readonly committeeId: string;
  readonly categoryId: string;
  /** Its category's name (停水, 电梯故障): words every case of that category shares, which tell nothing about which problem it is. */
  readonly categoryName?: string;
  readonly description: string;
  readonly registeredAt: string;
  readonly status: CaseStatus;
}

export type DuplicateReason = 'same_phone' | 'similar_text';

export interface DuplicateMatch<C extends DuplicateCandidate> {
  readonly candidate: C;
  /** Why it is offered; both when the same caller calls again about the same thing. */
  readonly reasons: readonly DuplicateReason[];
  /** How likely the two calls tell the same problem (duplicate-score.ts), 0…1, shown whatever the reason. */
  readonly similarity: number;
}

/** A case in these states has been dealt with: a new call about it is a new case (or a reopen), not a duplicate. */
export const settledStatuses = ['closed', 'answered', 'merged', 'transferred'] as const satisfies readonly CaseStatus[];
const settled: ReadonlySet<CaseStatus> = new Set(settledStatuses);

/**
 * Chosen on the tuning half of the labelled set (tests/fixtures/intake-quality) only, from scores
 * each made without its own committee × category (fit-duplicate-score.ts): the highest recall at
 * precision ≥ 0.8 there, a pair more or less counting as a tie (out of fold P 0.84 / R 0.91 with the
 * character weights; docs/decisions/0041, 0046, 0047). `npm run bench:intake` reports both halves.
 */
export const similarTextThreshold = 0.35;
/** The same for the score without character weights (the core while its model still learns): P 0.82 / R 0.91 out of fold. */
export const similarTextThresholdUnweighed = 0.35;
/**
 * A request linked to an open case with no operator to confirm it (Open311) must be far surer
 * than an offer an operator glances at: a short request sharing one character (饭) with an open
 * case must stay a case of its own, and a wrong link hides a problem from every unit.
 */
export const unattendedLinkThreshold = 0.8;
/**
 * Before a category is chosen every open case of the committee is a candidate, and the same place
 * told of another problem (东门's burst main, 东门's potholes) shares most of its words: chosen the
 * same way, only a strict one reaches precision 0.8 on the tuning half (out of fold P 0.80 / R 0.55).
 * The check runs again once the category is chosen, at the lower threshold.
 */
export const similarTextThresholdWithoutCategory = 0.95;
/** The same for the score without character weights (P 0.79 / R 0.50). */
export const similarTextThresholdWithoutCategoryUnweighed = 0.95;
/**
 * Before a category is chosen, a case of the category the model suggests for the call's words
 * (suggestedCategoryIds): surer than none, less sure than a chosen one, since the model names
 * another category first for nearly a third of the tuning calls. Chosen the same way on the
 * out-of-fold scores, the committee's other cases staying at the threshold above (out of fold
 * P 0.80 / R 0.71 before a category).
 */
export const similarTextThresholdSuggestedCategory = 0.65;
/**
 * The same for the score without character weights (P 0.80 / R 0.68): the suggestion and the
 * weights come from one category model, so the core has both or neither, but a caller may pass
 * suggestions alone.
 */
export const similarTextThresholdSuggestedUnweighed = 0.65;
/** Only a recent case is the same problem by text alone; a week-old pothole reported again may be a new one. */
export const similarTextWindowMs = 7 * 24 * 60 * 60 * 1000;

export function findDuplicates<C extends DuplicateCandidate>(
  draft: DuplicateDraft,
  candidates: readonly C[],
  synonyms: readonly SynonymGroup[] = [],
  /** From the category model the caller keeps (char-weights.ts); null while it has none, and the score is then the unweighed one. */
  weights: CategoryCharWeights | null = null,
): DuplicateMatch<C>[] {
  const suggested = new Set(draft.suggestedCategoryIds ?? []);
  const at = Date.parse(draft.at);
  const matches: { match: DuplicateMatch<C>; time: number }[] = [];
  // Read once per check: the draft is weighed against every candidate, a category name against each of its cases.
  const draftWords = callWords(draft.description, synonyms);
  const topics = new Map<string, ReadonlySet<string>>();
  const topicOf = (name: string) => {
    let chars = topics.get(name);
    if (!chars) {
      chars = problemChars(name, synonyms);
      topics.set(name, chars);
    }
    return chars;
  };

  for (const candidate of candidates) {
    if (settled.has(candidate.status)) continue;
    const time = Date.parse(candidate.registeredAt);
    // Before a category is chosen the draft is weighed as if it were in the candidate's: only then can it repeat it.
    const weigh = weights === null ? null : weights(candidate.categoryId);
    const words = callWords(candidate.description, synonyms);
    const similarity = sameProblemScore(evidenceOf(draftWords, words, topicOf(candidate.categoryName ?? ''), at - time, weigh));
    const reasons: DuplicateReason[] = [];
    const threshold =
      draft.categoryId !== null
        ? weigh === null
          ? similarTextThresholdUnweighed
          : similarTextThreshold
        : !suggested.has(candidate.categoryId)
          ? weigh === null
            ? similarTextThresholdWithoutCategoryUnweighed
            : similarTextThresholdWithoutCategory
          : weigh === null
            ? similarTextThresholdSuggestedUnweighed
            : similarTextThresholdSuggestedCategory;
    if (draft.phone !== null && draft.phone !== '' && candidate.phone === draft.phone) reasons.push('same_phone');
    if (
      candidate.committeeId === draft.committeeId &&
      (draft.categoryId === null || candidate.categoryId === draft.categoryId) &&
      at - time <= similarTextWindowMs &&
      similarity >= threshold
    ) {
      reasons.push('similar_text');
    }
    if (reasons.length > 0) matches.push({ match: { candidate, reasons, similarity }, time });
  }

  // A total order (ids are unique), so the ranking never depends on the order the store returned.
  matches.sort(
    (a, b) =>
      b.match.reasons.length - a.match.reasons.length ||
      b.match.similarity - a.match.similarity ||
      b.time - a.time ||
      (a.match.candidate.id < b.match.candidate.id ? -1 : a.match.candidate.id > b.match.candidate.id ? 1 : 0),
  );
  return matches.map((m) => m.match);
}

/**
 * The open cases of the draft's committee and chosen category within the text window that the
 * check did not judge repeats, newest first. Listed under the offer as what is already open there,
 * never as a repeat: a repeat told in other words scores low (docs/decisions/0050), and the operator
 * who recognises it can still link it with a key. Nothing before a category is chosen, when the
 * whole committee's open cases would be listed.
 */
export function openCasesOfCategory<C extends DuplicateCandidate>(
  draft: DuplicateDraft,
  candidates: readonly C[],
  judged: ReadonlySet<string>,
  limit: number,
): C[] {
  if (draft.categoryId === null) return [];
  const at = Date.parse(draft.at);
  return candidates
    .filter(
      (c) =>
        !judged.has(c.id) &&
        !settled.has(c.status) &&
        c.committeeId === draft.committeeId &&
        c.categoryId === draft.categoryId &&
        at - Date.parse(c.registeredAt) <= similarTextWindowMs,
    )
    .sort((a, b) => Date.parse(b.registeredAt) - Date.parse(a.registeredAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}
