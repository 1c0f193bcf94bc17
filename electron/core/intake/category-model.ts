import { generateDemoCases } from '../../../shared/demo/generator';
import { suggestCategories, trainClassifier, type ClassifierModel, type TrainingSample } from '../../../shared/intake/classifier';
import type { DB } from '../store/db';
import { recentCaseTexts } from '../store/case-lookups';
import { getMeta } from '../store/meta';
import { listCategories } from '../store/reference';
import { leafCategoryIds } from '../../../shared/reference/routing';

/** The newest cases are what the town calls about now; more would only slow the start. */
const maxSamples = 20_000;
/** Below this many stored cases a demo town also learns from generated ones, so suggestions work from the first call. */
const minOwnSamples = 1_000;
const demoSamples = 4_000;

export interface ModelInfo {
  readonly samples: number;
  readonly categories: number;
  readonly source: 'cases' | 'demo';
  readonly ms: number;
}

interface Trained {
  readonly model: ClassifierModel;
  readonly leaves: ReadonlySet<string>;
  readonly info: ModelInfo;
}

const trained = new WeakMap<DB, Trained>();

/** A fixed seed and period: the same demo corpus on every install. */
export function demoTrainingSamples(count: number, seed = 12345): TrainingSample[] {
  const cases = generateDemoCases({ count, seed, from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') });
  return Array.from(cases, (c) => ({ text: c.description, label: c.categoryId }));
}

/** Learns the category model from the store's own cases; kept per connection until retrained. */
export function trainCategoryModel(db: DB, nowMs: () => number = () => performance.now()): ModelInfo {
  const started = nowMs();
  const leaves = leafCategoryIds(listCategories(db));
  const own = recentCaseTexts(db, maxSamples).filter((s) => leaves.has(s.label));
  const demo = own.length < minOwnSamples && getMeta(db, 'town.demo') === 'true';
  const samples = demo ? [...own, ...demoTrainingSamples(demoSamples).filter((s) => leaves.has(s.label))] : own;
  const model = trainClassifier(samples);
  const info: ModelInfo = {
    samples: samples.length,
    categories: model.labels.length,
    source: demo ? 'demo' : 'cases',
    ms: Math.round(nowMs() - started),
  };
  trained.set(db, { model, leaves, info });
  return info;
}

/** Top `k` categories for the description, with their posterior confidence. */
export function suggestCaseCategories(db: DB, description: string, k = 3): { categoryId: string; confidence: number }[] {
  if (!trained.has(db)) trainCategoryModel(db);
  const current = trained.get(db);
  if (!current) return [];
  return suggestCategories(current.model, description, k).map((s) => ({ categoryId: s.label, confidence: s.confidence }));
}
