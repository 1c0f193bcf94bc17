import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { DATABASE_FILE } from '../open-core';

let h: CoreHarness;
beforeEach(async () => {
  h = await openTestCore();
});
afterEach(() => h.close());

/** Whether a case's projection row is stored, read behind the core's back. */
function projected(caseId: string): boolean {
  const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId) !== undefined;
  } finally {
    db.close();
  }
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('new cases are projected just after their save', () => {
  it('are in the list, the search and the board for the very next call', async () => {
    const op = await h.login('op01');
    const first = await h.call('cases:create', { ...mealCase, description: '东靖路助餐点排队太久，老人站不住' }, op);
    const second = await h.call('cases:create', { ...mealCase, description: '东靖路助餐点的饭菜太咸', dispatchToUnitId: 'unit.zhucan' }, op);

    const list = await h.call('cases:list', { limit: 5 }, op);
    expect(list.items.map((c) => c.number)).toEqual(expect.arrayContaining([first.number, second.number]));
    const found = await h.call('search:cases', { query: '东靖路助餐点' }, op);
    expect(found.hits.map((c) => c.number)).toEqual([second.number, first.number]);
    const board = await h.call('board:list', {}, await h.login('disp01'));
    expect(board.rows.find((r) => r.number === second.number)).toMatchObject({ unitId: 'unit.zhucan', nextClock: 'accept' });
  });

  it('without waiting for a read: once the save has answered, its projection follows', async () => {
    const op = await h.login('op01');
    const filed = await h.call('cases:create', mealCase, op);
    await nextTurn();
    expect(projected(filed.id)).toBe(true);
  });

  it('survive a seat that stops before projecting them: the next start does', async () => {
    const op = await h.login('op01');
    const filed = await h.call('cases:create', mealCase, op);
    h.core.close();
    expect(projected(filed.id)).toBe(false);

    const again = await openTestCore(h.dataDir);
    const list = await again.call('cases:list', { limit: 5 }, await again.login('op01'));
    expect(list.items.map((c) => c.number)).toContain(filed.number);
    expect(projected(filed.id)).toBe(true);
    again.core.close();
  });
});

describe('a filed case that cannot be projected', () => {
  it('holds up only itself: the seat goes on, the others are shown, it stays queued', async () => {
    const op = await h.login('op01');
    const broken = await h.call('cases:create', { ...mealCase, description: '这件的事件记录被外部改坏了' }, op);
    const sound = await h.call('cases:create', { ...mealCase, description: '这件好好的' }, op);
    h.core.close();
    const db = new Database(join(h.dataDir, DATABASE_FILE));
    db.prepare("UPDATE events SET payload = '{}' WHERE case_id = ?").run(broken.id);
    db.close();

    const again = await openTestCore(h.dataDir);
    const op2 = await again.login('op01');
    const list = await again.call('cases:list', { limit: 5 }, op2);
    expect(list.items.map((c) => c.number)).toContain(sound.number);
    expect(list.items.map((c) => c.number)).not.toContain(broken.number);
    // Calls go on, and cases filed after it are projected as usual.
    const later = await again.call('cases:create', { ...mealCase, description: '后来的一件' }, op2);
    const listed = await again.call('cases:list', { limit: 5 }, op2);
    expect(listed.items.map((c) => c.number)).toContain(later.number);
    expect(projected(broken.id)).toBe(false);
    again.core.close();
  });
});
