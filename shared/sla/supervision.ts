import { slaClock } from './clock';

/** 督办 cards: yellow for an overdue clock, red for a serious or repeated lapse. */
export type SupervisionCard = 'yellow' | 'red';

export interface SupervisionInput {
  readonly startedAt: Date;
  readonly deadline: Date;
  readonly now: Date;
  /** The case already had a yellow card for an earlier lapse (another clock, or an earlier deadline of this one). */
  readonly earlierYellowCard: boolean;
}

/**
 * The card this clock calls for at `now`, or null while it is on time. Overdue → yellow;
 * overdue by more than its whole limit, or overdue again after a yellow card → red.
 */
export function supervisionCard({ startedAt, deadline, now, earlierYellowCard }: SupervisionInput): SupervisionCard | null {
  const clock = slaClock(startedAt, deadline, now);
  if (clock.state !== 'overdue') return null;
  return earlierYellowCard || clock.fractionLeft < -1 ? 'red' : 'yellow';
}
