import type { StoredClock } from '../../../shared/api/methods/sla';
import { ClockChip } from './ClockChip';

/** The clock of a case that breaches first, for a list row; nothing when none runs. */
export function NearestClock({ clock }: { clock: StoredClock | undefined }) {
  return clock ? <ClockChip clock={clock} kind={clock.kind} /> : null;
}
