import { ApiError } from '../../../shared/api/errors';
import type { CaseRecord } from '../../../shared/case/record';
import { maySeeCase, viewerOf } from '../../../shared/case/visibility';
import type { Role } from '../../../shared/reference/types';
import { caseIdsInView } from '../store/case-units';
import { getCaseRecord } from '../store/cases';
import type { DB } from '../store/db';

type Who = { readonly role: Role; readonly unitId: string | null };

/** Which of these cases `user` may see, in the order given: for pushes and any list of case ids. */
export function visibleCaseIds(db: DB, user: Who, caseIds: readonly string[]): string[] {
  return caseIdsInView(db, viewerOf(user), caseIds);
}

/** A case `user` may see. One outside their view is answered as missing: they learn nothing, not even that it exists. */
export function caseInView(db: DB, user: Who, caseId: string): CaseRecord {
  const record = getCaseRecord(db, caseId);
  if (!record || !maySeeCase(viewerOf(user), record)) throw new ApiError('not_found', { what: caseId }, 'caseId');
  return record;
}
