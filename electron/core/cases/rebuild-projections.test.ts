import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { DATABASE_FILE } from '../open-core';
import { openDatabase } from '../store/db';
import { join } from 'node:path';
import { rebuildProjections } from './rebuild-projections';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
});
afterEach(() => h.close());

describe('rebuilding projections from events', () => {
  it('finds every stored case equal to the fold of its events', async () => {
    const op = await h.login('op01');
    await h.call('cases:create', mealCase, op);
    const b = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    await h.call('cases:dispatch', { caseId: (await h.call('cases:create', mealCase, op)).id, unitId: 'unit.laoling' }, op);
    h.core.close();
    const db = openDatabase(join(h.dataDir, DATABASE_FILE));
    expect(rebuildProjections(db, { write: false })).toEqual({ checked: 3, mismatched: [], rewritten: 0, pending: 0 });

    db.prepare("UPDATE cases SET status = 'closed', record = json_set(record, '$.status', 'closed') WHERE id = ?").run(b.id);
    expect(rebuildProjections(db, { write: false }).mismatched).toEqual([b.id]);
    expect(rebuildProjections(db, { write: true })).toMatchObject({ mismatched: [b.id], rewritten: 1 });
    const row = db.prepare('SELECT status FROM cases WHERE id = ?').get(b.id) as { status: string };
    expect(row.status).toBe('dispatched');
    expect(rebuildProjections(db, { write: false }).mismatched).toEqual([]);
    db.close();
  });
});
