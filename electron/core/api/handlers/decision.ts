import { periodBounds } from '../../../../shared/assessment/period';
import { shanghaiDay } from '../../../../shared/case/case-number';
import { mergeGroupRequest, groupSuggestionsOn, heatOf, repeatCallersIn, trendsOf } from '../../assessment/decision';
import { caseLine } from '../../cases/case-line';
import { casesInCell } from '../../store/assessment-calls';
import { sessionOf, type HandlersFor } from './types';

/** Decision support: town-wide, for the hotline's rule setters (shared/reference/permissions.ts). */
export const decisionHandlers = {
  'assessment:heat': (input, call) => ({ period: input.period, size: input.size, ...heatOf(call.core.db, input.period, input.size, shanghaiDay(call.core.now())) }),
  'assessment:cellCases': (input, call) => {
    const bounds = periodBounds({ kind: 'custom', from: input.from, to: input.to });
    return { cases: casesInCell(call.core.db, { ...bounds, committeeId: input.committeeId, categoryId: input.categoryId }).map(caseLine) };
  },
  'assessment:trends': (input, call) => ({
    period: input.period,
    size: input.size,
    ...trendsOf(call.core.db, input.period, input.size, call.core.now().toISOString()),
  }),
  'assessment:repeatCallers': (input, call) => ({
    period: input.period,
    windowDays: input.windowDays,
    callers: repeatCallersIn(call.core.db, input.period, input.windowDays),
  }),
  'assessment:groupRequests': (input, call) => ({ day: input.day, ...groupSuggestionsOn(call.core.db, input.day) }),
  'assessment:mergeGroup': (input, call) => {
    const main = mergeGroupRequest(call.core, sessionOf(call).user, input);
    return { mainCaseId: main.id, mainNumber: main.number, merged: main.merged };
  },
} satisfies HandlersFor<
  'assessment:heat' | 'assessment:cellCases' | 'assessment:trends' | 'assessment:repeatCallers' | 'assessment:groupRequests' | 'assessment:mergeGroup'
>;
