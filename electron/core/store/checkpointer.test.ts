import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { startCheckpointer } from './checkpointer';
import { openDatabase } from './db';

describe('the idle checkpointer', () => {
  it('empties the WAL between calls, so saves do not pay for it', async () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'lianxin-wal-')), 'lianxin.db'));
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 200; i++) insert.run('连心线'.repeat(200));
    const walFrames = () => (db.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[])[0];
    expect(walFrames()?.checkpointed).toBeLessThan(walFrames()?.log ?? 0);
    const stop = startCheckpointer(db, createLogger('silent'), 20);
    await new Promise((r) => setTimeout(r, 100));
    stop();
    const after = walFrames();
    expect(after?.checkpointed).toBe(after?.log);
    db.close();
  });
});
