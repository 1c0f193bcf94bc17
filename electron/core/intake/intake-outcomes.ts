import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { CaseRecord } from '../../../shared/case/record';
import { findDuplicates, settledStatuses } from '../../../shared/intake/duplicates';
import type { UserProfile } from '../../../shared/reference/types';
import type { CoreContext } from '../context';
import { getCaseRecord } from '../store/cases';
import { getKnowledge } from '../store/knowledge';
import { listSynonyms } from '../store/synonyms';
import { callerPhoneKey } from './caller-phone';
import { caseCharWeights } from './category-model';
import { candidateOf } from './duplicate-check';
import { registerCase } from './register-case';

const settled: ReadonlySet<string> = new Set(settledStatuses);

/** 咨询 answered at intake: the case is filed and closed as `answered` with the answer given, in one transaction. */
export function answerAtIntake(ctx: CoreContext, actor: UserProfile, input: ParsedInput<'intake:answer'>): CaseRecord {
  if (input.knowledgeId !== null && !getKnowledge(ctx.db, input.knowledgeId)) {
    throw new ApiError('unknown_reference', { field: 'knowledgeId', value: input.knowledgeId }, 'knowledgeId');
  }
  return registerCase(ctx, actor, { ...input.case, dispatchToUnitId: null }, ({ envelope }) => ({
    own: [
      {
        ...envelope,
        id: ctx.newId(),
        hlc: ctx.hlc.next(),
        type: 'case.answered',
        payload: { knowledgeId: input.knowledgeId, answer: input.answer },
      },
    ],
    others: [],
  }));
}

/**
 * 重复件: the call is filed as a case of its own (its caller and words kept) linked to the open
 * main case, which counts one more call; both sides in one transaction. The child is not
 * dispatched: the main case's unit already owns the problem.
 */
export function fileRepeatCall(ctx: CoreContext, actor: UserProfile, input: ParsedInput<'intake:fileRepeat'>): CaseRecord {
  const mainOf = () => {
    const main = getCaseRecord(ctx.db, input.mainCaseId);
    if (!main) throw new ApiError('not_found', { what: input.mainCaseId }, 'mainCaseId');
    return main;
  };
  const categoryId = input.case.categoryId ?? mainOf().categoryId;
  return registerCase(ctx, actor, { ...input.case, categoryId, dispatchToUnitId: null }, ({ envelope, number }) => {
    const main = mainOf();
    if (settled.has(main.status)) throw new ApiError('invalid_transition', { status: main.status, action: 'link' });
    const draft = {
      phone: callerPhoneKey(input.case.caller.phone) || null,
      committeeId: input.case.committeeId,
      categoryId,
      description: input.case.description,
      at: ctx.now().toISOString(),
    };
    // Why it is a repeat, for the record; the operator may also link a case the rule did not offer.
    const [match] = findDuplicates(draft, [candidateOf(ctx, main)], listSynonyms(ctx.db), caseCharWeights(ctx.db));
    return {
      own: [
        {
          ...envelope,
          id: ctx.newId(),
          hlc: ctx.hlc.next(),
          type: 'case.linked',
          payload: { mainCaseId: main.id, mainNumber: main.number, reasons: [...(match?.reasons ?? [])] },
        },
      ],
      others: [
        {
          caseId: main.id,
          events: [
            {
              ...envelope,
              caseId: main.id,
              id: ctx.newId(),
              hlc: ctx.hlc.next(),
              type: 'case.repeat_call',
              payload: { childCaseId: envelope.caseId, childNumber: number },
            },
          ],
        },
      ],
    };
  });
}
