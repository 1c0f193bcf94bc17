import { slaClock } from './clock';

/** The clock a supervisor's own card (督办 by hand, with a note) is filed under: it chases the case, not one deadline. */
export const manualCardClock = 'manual';

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

/** The cards a case already has, as the fold keeps them. */
export type CaseCards = readonly { readonly card: SupervisionCard; readonly clock: string; readonly at: string }[];

/**
 * The card one clock calls for now, counting the cards it already has, so a lapse is never
 * carded twice: none yet → `supervisionCard`; a yellow → red only once overdue by the whole
 * limit, or overdue again after its deadline was moved past the yellow card; a red → nothing more.
 */
export function cardDue(
  clock: { readonly clock: string; readonly startedAt: string; readonly deadline: string; readonly endedAt: string | null },
  cards: CaseCards,
  now: Date,
): SupervisionCard | null {
  if (clock.endedAt !== null) return null;
  const own = cards.filter((c) => c.clock === clock.clock && c.at >= clock.startedAt);
  if (own.some((c) => c.card === 'red')) return null;
  const lastYellow = own.findLast((c) => c.card === 'yellow');
  const timing = { startedAt: new Date(clock.startedAt), deadline: new Date(clock.deadline), now };
  if (!lastYellow) return supervisionCard({ ...timing, earlierYellowCard: cards.some((c) => c.card === 'yellow') });
  const card = supervisionCard({ ...timing, earlierYellowCard: lastYellow.at < clock.deadline });
  return card === 'red' ? 'red' : null;
}

/**
 * When the card `cardDue` gives now first fell due: just past the deadline, or past the whole
 * limit overdue for a red. Every seat that finds the lapse gives the card this moment (and an id
 * made from it), so seats that card one lapse each give one card, not one apiece.
 */
export function cardFellDueAt(
  clock: { readonly clock: string; readonly startedAt: string; readonly deadline: string; readonly endedAt: string | null },
  cards: CaseCards,
  card: SupervisionCard,
  now: Date,
): Date {
  const deadline = Date.parse(clock.deadline);
  const wholeLimitOver = deadline + (deadline - Date.parse(clock.startedAt));
  for (const at of [deadline + 1, wholeLimitOver + 1]) {
    if (at <= now.getTime() && cardDue(clock, cards, new Date(at)) === card) return new Date(at);
  }
  return now;
}
