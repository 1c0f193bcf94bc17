import type { DB } from '../db';

/**
 * The per-seat daily case sequence is read from the case numbers themselves (store/sequences.ts),
 * so its counter table goes: it only ever repeated the largest number filed, and cost every save
 * a page of its own (docs/decisions/0007).
 */
export function updateToSchemaVersion9(db: DB): void {
  db.exec('DROP TABLE seat_sequences;');
}
