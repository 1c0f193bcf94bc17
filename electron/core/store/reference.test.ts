import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from './db';
import { committeeExists, insertCategory, insertCommittee, insertUnit, isLeafCategory, unitExists } from './reference';

let db: DB;
beforeEach(() => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'lianxin-ref-')), 'lianxin.db'));
});
afterEach(() => db.close());

describe('the reference checks every save makes', () => {
  it('see committees, units and categories added after they were first asked', () => {
    expect(committeeExists(db, 'cmt.lvdi')).toBe(false);
    expect(unitExists(db, 'unit.lvdi')).toBe(false);
    expect(isLeafCategory(db, 'cat.ageing')).toBe(false);

    insertCommittee(db, { id: 'cmt.lvdi', name: '绿地居委', kind: 'residential' });
    insertUnit(db, { id: 'unit.lvdi', name: '绿地居委会', type: 'committee', committeeId: 'cmt.lvdi' });
    insertCategory(db, { id: 'cat.ageing', name: '为老服务', parentId: null }, 0);
    expect(committeeExists(db, 'cmt.lvdi')).toBe(true);
    expect(unitExists(db, 'unit.lvdi')).toBe(true);
    expect(isLeafCategory(db, 'cat.ageing')).toBe(true);

    // A category that gains a child is no longer one a case can be filed on.
    insertCategory(db, { id: 'cat.ageing.meal', name: '助餐', parentId: 'cat.ageing' }, 1);
    expect(isLeafCategory(db, 'cat.ageing')).toBe(false);
    expect(isLeafCategory(db, 'cat.ageing.meal')).toBe(true);
  });
});
