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
