import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mealCase, openTestCore } from '../../../tests/support/core-harness';
import { DATABASE_FILE } from '../open-core';

describe('a store folded by an older version', () => {
  it('is refolded from its events at the next start', async () => {
    const first = await openTestCore();
    const op = await first.login('op01');
    const filed = await first.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    first.core.close();

    // What an older fold left behind: a projection without the fields this version derives.
    const db = new Database(join(first.dataDir, DATABASE_FILE));
    db.prepare("UPDATE cases SET record = json_remove(record, '$.custody', '$.clockStartedAt') WHERE id = ?").run(filed.id);
    db.prepare("UPDATE meta SET value = '0' WHERE key = 'fold.version'").run();
    db.close();

    const second = await openTestCore(first.dataDir);
    const { case: refolded } = await second.call('cases:get', { caseId: filed.id }, await second.login('op01'));
    expect(refolded.custody).toEqual([{ unitId: 'unit.zhucan', from: expect.any(String), to: null }]);
    expect(refolded.clockStartedAt).toBe(filed.clockStartedAt);
    second.close();
  });
});
