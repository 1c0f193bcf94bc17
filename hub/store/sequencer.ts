import type { Client } from './db';
import { lockSpace } from './locks';

/**
 * Takes the town's sequencer for the rest of the transaction. Every stream number of the town is
 * drawn after this and the lock is released only once the transaction is visible, so the numbers
 * become visible in the order they were drawn: a reader that sees N also sees everything below N
 * (docs/decisions/0009). Towns do not wait for one another.
 */
export async function lockTownSequencer(db: Client, townId: string): Promise<void> {
  await db.query({
    name: 'sequencer-lock',
    text: 'SELECT pg_advisory_xact_lock($1, hashtext($2))',
    values: [lockSpace.townSequencer, townId],
  });
}
