import type { CaseRecord } from '../../../shared/case/record';
import { unitScope } from '../../../shared/reference/permissions';
import type { UserProfile } from '../../../shared/reference/types';
import { wasWhistledInto } from '../store/case-whistles';
import type { DB } from '../store/db';

/** A handler sees its unit's cases and those its unit was whistled into; the hotline sees the town. */
export function maySee(db: DB, user: UserProfile, record: CaseRecord): boolean {
  const unit = unitScope(user);
  return unit === null || record.responsibleUnitId === unit || wasWhistledInto(db, unit, record.id);
}
