import type { CaseStatus } from '../case/vocabulary';
import { bigramSet, dice } from './ngrams';

/**
 * 重复件: before a new call is saved, the open cases it may repeat, so the operator can file it
 * as a linked child of the main case instead of a second case for the same problem.
 */
export interface DuplicateDraft {
  /** E.164; null for a caller who withheld the number. */
  readonly phone: string | null;
  readonly committeeId: string;
  readonly categoryId: string;
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
  readonly description: string;
  readonly registeredAt: string;
  readonly status: CaseStatus;
}

export type DuplicateReason = 'same_phone' | 'similar_text';

export interface DuplicateMatch<C extends DuplicateCandidate> {
  readonly candidate: C;
  /** Why it is offered; both when the same caller calls again about the same thing. */
  readonly reasons: readonly DuplicateReason[];
  /** Dice coefficient of the two descriptions' character bigrams, 0…1, shown whatever the reason. */
  readonly similarity: number;
}

/** A case in these states has been dealt with: a new call about it is a new case (or a reopen), not a duplicate. */
export const settledStatuses = ['closed', 'answered', 'merged', 'transferred'] as const satisfies readonly CaseStatus[];
const settled: ReadonlySet<CaseStatus> = new Set(settledStatuses);

/**
 * Calibrated on paraphrases of one problem by two callers (金高路桥下有个大坑 / 金高路桥下面路上有个坑),
 * which score 0.36–0.52, against different problems of the same committee and category, which
 * score 0–0.15 once they are a sentence long. 0.3 leans to recall: a wrong offer costs the
 * operator a glance, a missed duplicate sends the same problem to a unit twice.
 */
export const similarTextThreshold = 0.3;
/** Only a recent case is the same problem by text alone; a week-old pothole reported again may be a new one. */
export const similarTextWindowMs = 7 * 24 * 60 * 60 * 1000;

export function findDuplicates<C extends DuplicateCandidate>(
  draft: DuplicateDraft,
  candidates: readonly C[],
): DuplicateMatch<C>[] {
  const draftGrams = bigramSet(draft.description);
  const at = Date.parse(draft.at);
  const matches: { match: DuplicateMatch<C>; time: number }[] = [];

  for (const candidate of candidates) {
    if (settled.has(candidate.status)) continue;
    const similarity = dice(draftGrams, bigramSet(candidate.description));
    const time = Date.parse(candidate.registeredAt);
    const reasons: DuplicateReason[] = [];
    if (draft.phone !== null && draft.phone !== '' && candidate.phone === draft.phone) reasons.push('same_phone');
    if (
      candidate.committeeId === draft.committeeId &&
      candidate.categoryId === draft.categoryId &&
      at - time <= similarTextWindowMs &&
      similarity >= similarTextThreshold
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
