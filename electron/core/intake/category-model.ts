import { generateDemoCases } from '../../../shared/demo/generator';
import { categoryCharWeights, type CategoryCharWeights } from '../../../shared/intake/char-weights';
import { classifierTrainer, suggestCategories, type ClassifierModel, type TrainingSample } from '../../../shared/intake/classifier';
import type { Logger } from '../log';
import type { DB } from '../store/db';
import { recentCaseTexts, type CaseTextRow } from '../store/case-lookups';
import { getMeta } from '../store/meta';
import { listCategories } from '../store/reference';
import { leafCategoryIds } from '../../../shared/reference/routing';

/** The newest cases are what the town calls about now; more would only slow the start. */
const maxSamples = 20_000;
/** Below this many stored cases a demo town also learns from generated ones, so suggestions work from the first call. */
const minOwnSamples = 1_000;
const demoSamples = 4_000;
/** Cases read, or samples learned, per step while learning in the background: ~10–30 ms each. */
const slice = 1_000;
/**
 * The pause between two background steps: calls, and on a seat the renderer painting the first
 * screen on the same cores, come first.
 */
const pauseMs = 10;

export interface ModelInfo {
  readonly samples: number;
  readonly categories: number;
  readonly source: 'cases' | 'demo';
  readonly ms: number;
}

/** How far the model is while it learns in the background: `done` of `total` steps. */
export interface ModelLearning {
  readonly done: number;
  readonly total: number;
}

interface Trained {
  readonly model: ClassifierModel;
  readonly info: ModelInfo;
}

const trained = new WeakMap<DB, Trained>();
const learning = new WeakMap<DB, ModelLearning>();

/** A fixed seed and period: the same demo corpus on every install. */
const demoSeed = 12345;

export function demoTrainingSamples(count: number, seed = demoSeed): TrainingSample[] {
  return Array.from(demoSampleStream(count, seed));
}

function* demoSampleStream(count: number, seed: number): Generator<TrainingSample> {
  for (const c of generateDemoCases({ count, seed, from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') })) yield { text: c.description, label: c.categoryId };
}

/**
 * The learning, as steps: each yields after one slice of reading or learning, and the last
 * returns the model. Run all at once (`trainCategoryModel`) or one per turn of the event loop
 * (`learnCategoryModelInBackground`): the same model either way.
 */
function* learningSteps(db: DB, nowMs: () => number): Generator<ModelLearning, Trained> {
  const started = nowMs();
  const leaves = leafCategoryIds(listCategories(db));
  // Reading counts as half the work, learning as the other half.
  const total = 2 * maxSamples;
  const own: TrainingSample[] = [];
  let read = 0;
  let last: CaseTextRow | undefined;
  while (read < maxSamples) {
    const page = recentCaseTexts(db, Math.min(slice, maxSamples - read), last);
    for (const { text, label } of page) if (text !== null && label !== null && leaves.has(label)) own.push({ text, label });
    read += page.length;
    last = page.at(-1);
    if (page.length < slice) break;
    yield { done: read, total };
  }
  const demo = own.length < minOwnSamples && getMeta(db, 'town.demo') === 'true';
  const samples = [...own];
  if (demo) {
    // Made a slice at a time as well: all at once they took one step of ~120 ms, which a login or a key waited behind.
    let made = 0;
    for (const sample of demoSampleStream(demoSamples, demoSeed)) {
      if (leaves.has(sample.label)) samples.push(sample);
      if (++made % slice === 0) yield { done: read + Math.round(((maxSamples - read) * made) / demoSamples), total };
    }
  }
  const trainer = classifierTrainer(samples.map((s) => s.label));
  for (let at = 0; at < samples.length; at += slice) {
    trainer.add(samples.slice(at, at + slice));
    yield { done: maxSamples + Math.round((maxSamples * Math.min(samples.length, at + slice)) / samples.length), total };
  }
  const model = trainer.finish();
  return {
    model,
    info: { samples: samples.length, categories: model.labels.length, source: demo ? 'demo' : 'cases', ms: Math.round(nowMs() - started) },
  };
}

/** Learns the category model from the store's own cases now; kept per connection until retrained. */
export function trainCategoryModel(db: DB, nowMs: () => number = () => performance.now()): ModelInfo {
  const steps = learningSteps(db, nowMs);
  let step = steps.next();
  while (!step.done) step = steps.next();
  trained.set(db, step.value);
  learning.delete(db);
  return step.value.info;
}

/**
 * Learns the model while the core already serves (login, intake, saves): one slice at a time
 * with a pause between, so no call waits behind it for more than a slice. Until it is done,
 * suggestions are empty and say how far the learning is. Returns a stop, for a core that closes first.
 */
export function learnCategoryModelInBackground(db: DB, log: Logger, nowMs: () => number = () => performance.now()): () => void {
  const steps = learningSteps(db, nowMs);
  learning.set(db, { done: 0, total: 1 });
  let timer: NodeJS.Timeout | null = null;
  const step = () => {
    timer = null;
    // Retrained by hand meanwhile (that model stands), or the core closed.
    if (!learning.has(db) || !db.open) return;
    try {
      const next = steps.next();
      if (next.done) {
        trained.set(db, next.value);
        learning.delete(db);
        log.info(next.value.info, 'trained the category model');
        return;
      }
      learning.set(db, next.value);
      timer = setTimeout(step, pauseMs);
    } catch (error) {
      // The first suggestion asked for trains the model then, at once.
      learning.delete(db);
      log.error({ err: error }, 'learning the category model failed; it is trained when a suggestion is first asked for');
    }
  };
  timer = setTimeout(step, pauseMs);
  return () => {
    if (timer) clearTimeout(timer);
    learning.delete(db);
  };
}

/**
 * Top `k` categories for the description, with their posterior confidence; none while the
 * model still learns at start, and then how far it is.
 */
export function suggestCaseCategories(
  db: DB,
  description: string,
  k = 3,
): { suggestions: { categoryId: string; confidence: number }[]; learning: ModelLearning | null } {
  const inProgress = learning.get(db);
  if (inProgress) return { suggestions: [], learning: inProgress };
  if (!trained.has(db)) trainCategoryModel(db);
  const current = trained.get(db);
  if (!current) return { suggestions: [], learning: null };
  const suggestions = suggestCategories(current.model, description, k).map((s) => ({ categoryId: s.label, confidence: s.confidence }));
  return { suggestions, learning: null };
}

const weightsOfModel = new WeakMap<ClassifierModel, CategoryCharWeights>();

/**
 * The duplicate check's character weights (char-weights.ts), from the same model as the
 * suggestions, kept with it; null until a model is learned (at start, in the background), and
 * the check then weighs without them. Never learns one itself: it is asked inside a save's
 * transaction too, which must not wait for a model to be learned.
 */
export function caseCharWeights(db: DB): CategoryCharWeights | null {
  if (learning.has(db)) return null;
  const model = trained.get(db)?.model;
  if (!model) return null;
  let weights = weightsOfModel.get(model);
  if (!weights) {
    weights = categoryCharWeights(model);
    weightsOfModel.set(model, weights);
  }
  return weights;
}
