import type { TFunction } from 'i18next';
import type { CaseEvent } from '../../../shared/case/events';
import type { CaseRecord } from '../../../shared/case/record';
import { assertNever } from '../../../shared/util/assert-never';
import { manualCardClock } from '../../../shared/sla/supervision';
import { cardClockName } from '../sla/card-clock';
import { formatShanghaiTime } from './format-time';

export interface EventContext {
  readonly unitNames: ReadonlyMap<string, string>;
  readonly record: CaseRecord;
  /** The main case's number, once known, for a merge. */
  readonly mainNumber: string | null;
}

/** A person's text that a line goes on after with its own stop (；): its own closing 。 or ; would stand beside it. */
const withoutClosingStop = (text: string) => text.replace(/[。．.；;，,\s]+$/u, '');

/** One line saying what an event did, in the seat's language: the timeline's "what". */
export function describeEvent(e: CaseEvent, t: TFunction, { unitNames, record, mainNumber }: EventContext): string {
  const unit = (id: string | null) => (id ? (unitNames.get(id) ?? id) : '');
  const decision = (approved: boolean) => t(`loop.approved.${approved ? 'yes' : 'no'}`);
  switch (e.type) {
    case 'case.registered':
      return t('timeline.registered', { description: e.payload.description });
    case 'case.dispatched':
      return t('timeline.dispatched', {
        unit: unit(e.payload.unitId),
        conflict: record.dispatches.some((d) => d.eventId === e.id && d.conflicting) ? t('timeline.conflict') : '',
      });
    case 'case.accepted':
      return t('timeline.accepted', { unit: unit(e.payload.unitId) });
    case 'case.contacted':
      return t('timeline.contacted', {
        method: t(`loop.contactMethod.${e.payload.method}`),
        at: formatShanghaiTime(e.payload.contactedAt),
        summary: e.payload.summary,
      });
    case 'case.noted':
      return e.payload.unitId
        ? t('timeline.notedBy', { unit: unit(e.payload.unitId), note: e.payload.note })
        : t('timeline.noted', { note: e.payload.note });
    case 'case.replied':
      return t('timeline.replied', {
        code: t(`loop.closureCode.${e.payload.closureCode}`),
        result: withoutClosingStop(e.payload.result),
        answer: e.payload.answer,
        justification: e.payload.justification ? t('timeline.justification', { text: e.payload.justification }) : '',
      });
    case 'case.special_closure_ruled':
    case 'case.extension_ruled':
      return t('timeline.ruled', { decision: decision(e.payload.approved), note: e.payload.note });
    case 'case.conflict_ruled':
      return t('timeline.conflictRuled', { unit: unit(e.payload.keepUnitId), note: e.payload.note });
    case 'case.return_requested':
      return t('timeline.returnRequested', { reason: t(`loop.returnReason.${e.payload.reason}`), note: e.payload.note });
    case 'case.return_ruled':
      return t('timeline.returnRuled', {
        decision: decision(e.payload.approved),
        to: e.payload.approved && e.payload.redispatchToUnitId ? t('timeline.redispatchTo', { unit: unit(e.payload.redispatchToUnitId) }) : '',
        note: e.payload.note,
      });
    case 'case.extension_requested':
      return t('timeline.extensionRequested', { count: e.payload.workingDays, reason: e.payload.reason });
    case 'case.whistled':
      return t('timeline.whistled', { units: e.payload.unitIds.map(unit).join('、'), question: e.payload.question });
    case 'case.reported':
      return t('timeline.reported', { unit: unit(e.payload.unitId), note: e.payload.note });
    case 'case.callback_failed':
      return t('timeline.callbackFailed', { outcome: t(`loop.callbackOutcome.${e.payload.outcome}`), note: e.payload.note });
    case 'case.evaluated':
      return t('timeline.evaluated', {
        resolved: t(`loop.resolved.${e.payload.resolved ? 'yes' : 'no'}`),
        satisfaction: t(`loop.satisfaction.${e.payload.satisfaction}`),
        cause: e.payload.cause ? ` · ${t(`loop.cause.${e.payload.cause}`)}` : '',
        note: e.payload.note,
      });
    case 'case.reopened':
      return t('timeline.reopened', { reason: e.payload.reason });
    case 'case.closed':
      return t('timeline.closed', { reason: t(`loop.closeReason.${e.payload.reason}`), note: e.payload.note });
    case 'case.merged':
      return t('timeline.merged', { number: mainNumber ?? e.payload.intoCaseId });
    case 'case.supervised':
      // The core's own card has no note: it says which clock ran over instead.
      return e.payload.clock === manualCardClock
        ? t('timeline.supervised', { card: t(`timeline.card.${e.payload.card}`), note: e.payload.note })
        : t('timeline.supervisedOverdue', { card: t(`timeline.card.${e.payload.card}`), clock: cardClockName(e.payload.clock, t) });
    case 'case.flagged':
      return t(e.payload.on ? 'timeline.flagged' : 'timeline.unflagged', { flag: t(`loop.flag.${e.payload.flag}`), note: e.payload.note });
    case 'case.answered':
      return t('timeline.answered', { answer: e.payload.answer });
    case 'case.linked':
      return t('timeline.linked', { number: e.payload.mainNumber });
    case 'case.repeat_call':
      return t('timeline.repeatCall', { number: e.payload.childNumber });
    case 'case.transferred':
      return t('timeline.transferred', { service: e.payload.service, matched: e.payload.matched.join('、') });
    case 'case.emergency_dismissed':
      return t('timeline.emergencyDismissed', { service: e.payload.service, matched: e.payload.matched.join('、') });
    case 'case.appealed':
      return t('timeline.appealed', { reason: e.payload.reason });
    case 'case.appeal_ruled':
      return t('timeline.appealRuled', { ruling: t(`assessment.ruling.${e.payload.ruling}`), note: e.payload.note ? ` · ${e.payload.note}` : '' });
    default:
      return assertNever(e);
  }
}
