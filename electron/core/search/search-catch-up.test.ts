import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mealCase, openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { DATABASE_FILE } from '../open-core';
import { seedDemoCases } from '../seed/seed-demo-cases';
import { openDatabase } from '../store/db';
import { pendingSearchCount } from '../store/search-index';

let h: CoreHarness | undefined;
afterEach(() => h?.close());

describe('a start with many cases not yet indexed for search', () => {
  it('serves at once, indexes them in the background, and a search meanwhile still finds every case', async () => {
    const template = await openTestCore();
    template.core.close();
    const seeded = openDatabase(join(template.dataDir, DATABASE_FILE));
    // Seeded cases are queued for indexing, as after a bulk import.
    seedDemoCases(seeded, { count: 2_000, seed: 3 });
    const oldest = seeded.prepare('SELECT number FROM cases ORDER BY rowid LIMIT 1').pluck().get() as string;
    seeded.close();

    h = await openTestCore(template.dataDir);
    // A second connection reads the queue, as any reader of the store may.
    const db = openDatabase(join(template.dataDir, DATABASE_FILE));
    // openCore returned with the queue still there: it did not index 2,000 cases first.
    expect(pendingSearchCount(db)).toBeGreaterThan(1_000);
    const op = await h.login('op01');
    const filed = await h.call('cases:create', mealCase, op);
    expect(filed.number).toMatch(/^GH01-/);
    // The search flushes what the background has not reached yet: the oldest seeded case is found.
    const { hits } = await h.call('search:cases', { query: oldest }, op);
    expect(hits.map((c) => c.number)).toContain(oldest);
    expect(pendingSearchCount(db)).toBe(0);
    db.close();
  });

  it('works the queue off by itself, a small batch per turn of the event loop', async () => {
    const template = await openTestCore();
    template.core.close();
    const seeded = openDatabase(join(template.dataDir, DATABASE_FILE));
    seedDemoCases(seeded, { count: 1_000, seed: 4 });
    seeded.close();
    h = await openTestCore(template.dataDir);
    const db = openDatabase(join(template.dataDir, DATABASE_FILE));
    const counts: number[] = [];
    for (let n = pendingSearchCount(db); n > 0; n = pendingSearchCount(db)) {
      counts.push(n);
      await nextTurn();
    }
    expect(counts.length).toBeGreaterThan(5);
    for (let i = 1; i < counts.length; i++) expect(counts[i] ?? 0).toBeLessThanOrEqual(counts[i - 1] ?? 0);
    db.close();
  });
});
