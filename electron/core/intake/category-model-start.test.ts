import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { createLogger } from '../log';
import { DATABASE_FILE } from '../open-core';
import { seedDemoCases } from '../seed/seed-demo-cases';
import { openDatabase, type DB } from '../store/db';
import { setMeta } from '../store/meta';
import { caseCharWeights, learnCategoryModelInBackground, suggestCaseCategories, trainCategoryModel, type ModelLearning } from './category-model';

const descriptions = ['楼上邻居每天半夜蹦跳，吵得睡不着', '小区门口垃圾好几天没人清运', '路灯坏了晚上很黑', '老人吃饭难，想问助餐点'];
const log = createLogger('silent');

// One seeded store for both: each test starts its own learning on it.
let h: CoreHarness;
let db: DB;
beforeAll(async () => {
  h = await openTestCore();
  h.core.close();
  db = openDatabase(join(h.dataDir, DATABASE_FILE));
  seedDemoCases(db, { count: 3_000, seed: 7 });
});
afterAll(() => {
  db.close();
  h.close();
});

describe('the category model learned at start, in the background', () => {
  it('suggests nothing while it learns and says how far it is, lets the event loop turn between slices, then suggests what training at once does', async () => {
    const stop = learnCategoryModelInBackground(db, log);
    const progress: ModelLearning[] = [];
    for (let state = suggestCaseCategories(db, descriptions[0] ?? ''); state.learning; state = suggestCaseCategories(db, descriptions[0] ?? '')) {
      expect(state.suggestions).toEqual([]);
      // The duplicate check weighs without character weights until the model is there.
      expect(caseCharWeights(db)).toBeNull();
      progress.push(state.learning);
      await nextTurn();
    }
    stop();
    // Sliced: other work ran between its steps; and its progress only ever went forward.
    expect(progress.length).toBeGreaterThan(5);
    for (let i = 1; i < progress.length; i++) expect(progress[i]?.done ?? 0).toBeGreaterThanOrEqual(progress[i - 1]?.done ?? 0);
    for (const p of progress) expect(p.done).toBeLessThanOrEqual(p.total);
    const learned = descriptions.map((d) => suggestCaseCategories(db, d));
    for (const s of learned) {
      expect(s.learning).toBeNull();
      expect(s.suggestions).toHaveLength(3);
    }
    // Then from the learned model: a word the town's cases of a category say less often weighs more.
    const [top] = learned[1]?.suggestions ?? [];
    const weigh = caseCharWeights(db)?.(top?.categoryId ?? '');
    expect(weigh?.('垃')).toBeLessThan(weigh?.('锈') ?? 0);
    // Nothing the start skipped changes a suggestion: the same as a model trained all at once.
    const info = trainCategoryModel(db);
    expect(info.samples).toBe(3_000);
    expect(descriptions.map((d) => suggestCaseCategories(db, d))).toEqual(learned);
  });

  it('gives way to a retrain by hand, and after a stop suggests from a model trained on demand', async () => {
    const stop = learnCategoryModelInBackground(db, log);
    expect(suggestCaseCategories(db, descriptions[1] ?? '').learning).not.toBeNull();
    trainCategoryModel(db);
    const retrained = suggestCaseCategories(db, descriptions[1] ?? '');
    expect(retrained.learning).toBeNull();
    await nextTurn();
    await nextTurn();
    expect(suggestCaseCategories(db, descriptions[1] ?? '')).toEqual(retrained);
    stop();

    const halted = learnCategoryModelInBackground(db, log);
    halted();
    const onDemand = suggestCaseCategories(db, descriptions[2] ?? '');
    expect(onDemand.learning).toBeNull();
    expect(onDemand.suggestions).toHaveLength(3);
  });

  it('on a demo town with few cases of its own, makes the generated ones a slice at a time as well', async () => {
    const fresh = await openTestCore();
    fresh.core.close();
    const few = openDatabase(join(fresh.dataDir, DATABASE_FILE));
    try {
      setMeta(few, 'town.demo', 'true');
      seedDemoCases(few, { count: 200, seed: 3 });
      const stop = learnCategoryModelInBackground(few, log);
      const seen = new Set<number>();
      for (let state = suggestCaseCategories(few, descriptions[0] ?? ''); state.learning; state = suggestCaseCategories(few, descriptions[0] ?? '')) {
        seen.add(state.learning.done);
        await nextTurn();
      }
      stop();
      // Between the 200 read and the learning's half (20,000), the 4,000 generated cases report their progress.
      expect([...seen].filter((d) => d > 200 && d < 20_000).length).toBeGreaterThanOrEqual(3);
      expect(trainCategoryModel(few).source).toBe('demo');
    } finally {
      few.close();
      fresh.close();
    }
  });
});
