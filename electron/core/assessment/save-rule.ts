import type { AssessmentRule } from '../../../shared/assessment/rule';
import type { UserProfile } from '../../../shared/reference/types';
import type { CoreContext } from '../context';
import { saveAssessmentRule } from '../store/assessment-ledger';
import { referenceIds } from '../store/reference-settings';
import { recordReferenceEdit } from '../sync/reference-edit';

/** The admin saves the scoring rule as its next version, and the version syncs to every seat. */
export function saveAssessmentRuleVersion(ctx: CoreContext, actor: UserProfile, rule: Omit<AssessmentRule, 'version'>): AssessmentRule {
  const at = ctx.now().toISOString();
  return ctx.db
    .transaction(() => {
      const saved = saveAssessmentRule(ctx.db, rule, at, actor.id);
      recordReferenceEdit(ctx, 'assessment_rule', referenceIds.rule(saved.version), { ...saved, savedAt: at, savedBy: actor.id });
      return saved;
    })
    .immediate();
}
