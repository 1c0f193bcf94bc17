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
    expect(rebuildProjections(db, { write: false })).toEqual({ checked: 3, mismatched: [], rewritten: 0, pending: 0, countsDiffered: false });

    db.prepare("UPDATE cases SET status = 'closed', record = json_set(record, '$.status', 'closed') WHERE id = ?").run(b.id);
    expect(rebuildProjections(db, { write: false }).mismatched).toEqual([b.id]);
    expect(rebuildProjections(db, { write: true })).toMatchObject({ mismatched: [b.id], rewritten: 1 });
    const row = db.prepare('SELECT status FROM cases WHERE id = ?').get(b.id) as { status: string };
    expect(row.status).toBe('dispatched');
    expect(rebuildProjections(db, { write: false }).mismatched).toEqual([]);
    db.close();
  });

  it('counts the wall’s replies per day and unit again when they differ from the clocks', async () => {
    const op = await h.login('op01');
    await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
    h.core.close();
    const db = openDatabase(join(h.dataDir, DATABASE_FILE));
    db.prepare("INSERT INTO reply_clock_days VALUES ('2026-11-01', 'unit.zhucan', 3, 1)").run();
    expect(rebuildProjections(db, { write: false }).countsDiffered).toBe(true);
    expect(rebuildProjections(db, { write: true }).countsDiffered).toBe(true);
    expect(rebuildProjections(db, { write: false }).countsDiffered).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM reply_clock_days').get()).toEqual({ n: 0 });
    db.close();
  });
});
