import { ApiError } from '../../../../shared/api/errors';
import { fileAppeal, ruleOnAppeal } from '../../assessment/appeals';
import { assessUnits, casesBehind } from '../../assessment/assess';
import { fileProactiveCase, spikesOn } from '../../assessment/proactive';
import { saveAssessmentRuleVersion } from '../../assessment/save-rule';
import { currentAssessmentRule, listAppeals } from '../../store/assessment-ledger';
import { viewerUnitId } from '../../../../shared/case/visibility';
import { sessionOf, viewerOfCall, type HandlersFor } from './types';

/** Assessment: a handler sees its own unit's figures, cases and appeals; the hotline sees every unit's. */
export const assessmentHandlers = {
  'assessment:units': (input, call) => {
    const asOf = call.core.now().toISOString();
    return { period: input.period, asOf, ...assessUnits(call.core.db, input.period, asOf, viewerUnitId(viewerOfCall(call))) };
  },
  'assessment:cases': (input, call) => {
    const scope = viewerUnitId(viewerOfCall(call));
    if (scope !== null && scope !== input.unitId) throw new ApiError('not_found', { what: input.unitId }, 'unitId');
    const asOf = call.core.now().toISOString();
    return { period: input.period, asOf, ...casesBehind(call.core.db, input.period, asOf, input.unitId, input.figure) };
  },
  'assessment:appeal': (input, call) => fileAppeal(call.core, sessionOf(call), input),
  'assessment:ruleAppeal': (input, call) => ruleOnAppeal(call.core, sessionOf(call), input),
  'assessment:appeals': (_input, call) => {
    const scope = viewerUnitId(viewerOfCall(call));
    const appeals = listAppeals(call.core.db);
    return { appeals: scope === null ? appeals : appeals.filter((a) => a.unitId === scope) };
  },
  'assessment:rule': (_input, call) => currentAssessmentRule(call.core.db),
  'assessment:spikes': (input, call) => ({ day: input.day, spikes: spikesOn(call.core.db, input.day) }),
  'assessment:proactive': (input, call) => {
    const filed = fileProactiveCase(call.core, sessionOf(call).user, input);
    return { caseId: filed.id, number: filed.number, unitId: filed.responsibleUnitId };
  },
  'assessment:saveRule': (input, call) => saveAssessmentRuleVersion(call.core, sessionOf(call).user, input.rule),
} satisfies HandlersFor<
  | 'assessment:units'
  | 'assessment:cases'
  | 'assessment:appeal'
  | 'assessment:ruleAppeal'
  | 'assessment:appeals'
  | 'assessment:rule'
  | 'assessment:saveRule'
  | 'assessment:spikes'
  | 'assessment:proactive'
>;
