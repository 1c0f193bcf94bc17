import type { TFunction } from 'i18next';
import { kindOfClock } from '../../../shared/sla/case-clocks';
import { manualCardClock } from '../../../shared/sla/supervision';

/** What a 督办 card chases, as the cards page and the case history both name it: a supervisor's own card, or the clock that ran over. */
export function cardClockName(clock: string, t: TFunction): string {
  return clock === manualCardClock ? t('actions.case.supervised') : t(`sla.clock.${kindOfClock(clock)}`);
}
