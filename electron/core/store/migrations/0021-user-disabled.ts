import type { DB } from '../db';

/**
 * Accounts an administrator switched off (a person who left): kept, since cases and events name
 * them, but no longer able to log in. Synced with the rest of the user record.
 */
export function updateToSchemaVersion21(db: DB): void {
  db.exec('ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))');
}
