import { ApiError } from '../../../../shared/api/errors';
import { periodBounds } from '../../../../shared/assessment/period';
import { defaultSpikeOptions, detectSpikes } from '../../../../shared/assessment/spikes';
import { unitScope } from '../../../../shared/reference/permissions';
import { addDays } from '../../../../shared/sla/day';
import { fileAppeal, ruleOnAppeal } from '../../assessment/appeals';
import { assessUnits, casesBehind } from '../../assessment/assess';
import { dayCounts } from '../../store/assessment-hotspots';
import { currentAssessmentRule, listAppeals, saveAssessmentRule } from '../../store/assessment-ledger';
import { sessionOf, type HandlersFor } from './types';

/** Assessment: a handler sees its own unit's figures, cases and appeals; the hotline sees every unit's. */
export const assessmentHandlers = {
  'assessment:units': (input, call) => {
    const asOf = call.core.now().toISOString();
    return { period: input.period, asOf, ...assessUnits(call.core.db, input.period, asOf, unitScope(sessionOf(call).user)) };
  },
  'assessment:cases': (input, call) => {
    const scope = unitScope(sessionOf(call).user);
    if (scope !== null && scope !== input.unitId) throw new ApiError('not_found', { what: input.unitId }, 'unitId');
    const asOf = call.core.now().toISOString();
    return { period: input.period, asOf, ...casesBehind(call.core.db, input.period, asOf, input.unitId, input.figure) };
  },
  'assessment:appeal': (input, call) => fileAppeal(call.core, sessionOf(call), input),
  'assessment:ruleAppeal': (input, call) => ruleOnAppeal(call.core, sessionOf(call), input),
  'assessment:appeals': (_input, call) => {
    const scope = unitScope(sessionOf(call).user);
    const appeals = listAppeals(call.core.db);
    return { appeals: scope === null ? appeals : appeals.filter((a) => a.unitId === scope) };
  },
  'assessment:rule': (_input, call) => currentAssessmentRule(call.core.db),
  'assessment:spikes': (input, call) => {
    const window = { kind: 'custom' as const, from: addDays(input.day, -defaultSpikeOptions.baselineDays), to: input.day };
    return { day: input.day, spikes: detectSpikes(dayCounts(call.core.db, periodBounds(window)), input.day) };
  },
  'assessment:saveRule': (input, call) =>
    saveAssessmentRule(call.core.db, input.rule, call.core.now().toISOString(), sessionOf(call).user.id),
} satisfies HandlersFor<
  | 'assessment:units'
  | 'assessment:cases'
  | 'assessment:appeal'
  | 'assessment:ruleAppeal'
  | 'assessment:appeals'
  | 'assessment:rule'
  | 'assessment:saveRule'
  | 'assessment:spikes'
>;
