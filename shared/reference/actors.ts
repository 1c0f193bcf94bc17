import { manualCardClock } from '../sla/supervision';

/**
 * An Open311 client (a citizens' app) files requests on the hub as an actor of its own, not as a
 * user of the town: one spelling of that id, so the hub writes it and a seat's history can say
 * "市民 App" instead of showing a raw id no one can read.
 */
const open311ActorPrefix = 'open311.';

export function open311ActorId(clientId: string): string {
  return `${open311ActorPrefix}${clientId}`;
}

export function isOpen311Actor(actorId: string): boolean {
  return actorId.startsWith(open311ActorPrefix);
}

/**
 * Automatic supervision (督办 by the SLA clocks) writes its cards as this actor on whichever seat
 * finds the lapse, and the hub takes it as an actor of every town — for such a card only, never
 * for any other event, nor a card on the manual clock, which a supervisor gives by name.
 */
export const automaticSupervisionActorId = 'system.sla';

export function isAutomaticCard(e: { readonly actorId: string; readonly type: string; readonly payload: unknown }): boolean {
  if (e.actorId !== automaticSupervisionActorId || e.type !== 'case.supervised') return false;
  const clock = (e.payload as { readonly clock?: unknown } | null)?.clock;
  return typeof clock === 'string' && clock !== manualCardClock;
}
