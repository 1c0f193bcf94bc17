import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../electron/core/store/db';

/** A migrated, empty store in a folder of its own; `remove` closes it and deletes the folder. */
export function openTempStore(name: string): { db: DB; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `lianxin-${name}-`));
  const db = openDatabase(join(dir, 'lianxin.db'));
  return {
    db,
    remove() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
