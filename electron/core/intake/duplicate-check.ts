import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { findDuplicates, openCasesOfCategory, similarTextWindowMs, type DuplicateCandidate } from '../../../shared/intake/duplicates';
import { normalisePhone } from '../../../shared/intake/phone';
import { caseLine } from '../cases/case-line';
import { caseCharWeights, suggestCaseCategories } from './category-model';
import type { CoreContext } from '../context';
import { duplicateCandidates } from '../store/case-lookups';
import { categoryName } from '../store/reference';
import { listSynonyms } from '../store/synonyms';
import type { CaseRecord } from '../../../shared/case/record';

/**
 * Before a category is chosen, the model's first suggestion brings its cases a lower threshold: on
 * the tuning half a second one offered more wrong cases than it found (docs/decisions/0026).
 */
const suggestionsWeighed = 1;
/** Enough to find the main case among a busy committee's week; more would be noise for the operator. */
const candidateLimit = 200;
const offered = 5;
/** Of the committee's open cases of the category, as many as an operator reads at a glance. */
const listedOpen = 3;

export function candidateOf(ctx: CoreContext, c: CaseRecord): DuplicateCandidate & { record: CaseRecord } {
  return {
    id: c.id,
    number: c.number,
    phone: c.caller.phone === '' ? null : c.caller.phone,
    committeeId: c.committeeId,
    categoryId: c.categoryId,
    categoryName: categoryName(ctx.db, c.categoryId),
    description: c.description,
    registeredAt: c.registeredAt,
    status: c.status,
    record: c,
  };
}

/** 重复件: the open cases this call may repeat, best first. A number still being typed counts as none. */
export function checkDuplicates(
  ctx: CoreContext,
  draft: ParsedInput<'intake:duplicates'>,
): MethodOutput<'intake:duplicates'> {
  const parsed = draft.phone === '' ? null : normalisePhone(draft.phone);
  const phone = parsed?.ok ? parsed.e164 : null;
  const at = ctx.now();
  const since = new Date(at.getTime() - similarTextWindowMs).toISOString();
  const candidates = duplicateCandidates(ctx.db, { phone, committeeId: draft.committeeId, categoryId: draft.categoryId, since }, candidateLimit);
  const suggestedCategoryIds =
    draft.categoryId === null ? suggestCaseCategories(ctx.db, draft.description, suggestionsWeighed).suggestions.map((s) => s.categoryId) : [];
  const call = { phone, committeeId: draft.committeeId, categoryId: draft.categoryId, suggestedCategoryIds, description: draft.description, at: at.toISOString() };
  const weighed = candidates.map((c) => candidateOf(ctx, c));
  const matches = findDuplicates(call, weighed, listSynonyms(ctx.db), caseCharWeights(ctx.db)).slice(0, offered);
  const judged = new Set(matches.map((m) => m.candidate.id));
  return {
    matches: matches.map((m) => ({
      case: caseLine(m.candidate.record),
      reasons: [...m.reasons],
      similarity: m.similarity,
    })),
    openOfCategory: openCasesOfCategory(call, weighed, judged, listedOpen).map((c) => caseLine(c.record)),
  };
}
