import { createHash } from 'node:crypto';
import { ulid } from 'ulid';

/**
 * The id of an automatic card: its time part the moment the card fell due, its random part taken
 * from a hash of what the card is for (case, clock, the clock's run, colour). Two seats that card
 * the same lapse make the same event, which the hub and every seat store once.
 */
export function automaticCardId(what: { caseId: string; clock: string; startedAt: string; card: string }, dueAtMs: number): string {
  const bytes = createHash('sha256').update(`${what.caseId}\n${what.clock}\n${what.startedAt}\n${what.card}`).digest();
  let next = 0;
  // ulid draws each of its 16 random characters as floor(prng() × 32).
  return ulid(dueAtMs, () => (bytes[next++ % bytes.length] ?? 0) / 256);
}
