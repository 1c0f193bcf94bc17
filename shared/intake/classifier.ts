import { z } from 'zod';
import { charNgrams } from './ngrams';

/**
 * Category suggestion: multinomial naive Bayes over character 1–3-grams. Chinese descriptions
 * have no word boundaries, and short n-grams of characters carry the topic (噪音, 垃圾, 停车)
 * without a segmenter or a dictionary to maintain.
 */

const minGram = 1;
const maxGram = 3;
/** Laplace (add-one) smoothing: a gram never seen with a label still leaves it possible. */
const alpha = 1;

export interface TrainingSample {
  readonly text: string;
  readonly label: string;
}

/** Plain JSON, so the core can store a trained model and check it with this schema when it loads it. */
export const ClassifierModel = z.object({
  version: z.literal(1),
  /** Sorted, so a model does not depend on the order of its samples. */
  labels: z.array(z.string()),
  /** Training samples per label, aligned with `labels`. */
  documents: z.array(z.number().int().nonnegative()),
  /** Gram occurrences per label, aligned with `labels`. */
  totals: z.array(z.number().int().nonnegative()),
  /** For each gram seen in training, its count per label, aligned with `labels`. */
  counts: z.record(z.string(), z.array(z.number().int().nonnegative())),
});
export type ClassifierModel = z.infer<typeof ClassifierModel>;

export interface CategorySuggestion {
  readonly label: string;
  /** Posterior probability among all labels, 0…1. */
  readonly confidence: number;
}

export function trainClassifier(samples: readonly TrainingSample[]): ClassifierModel {
  const trainer = classifierTrainer(samples.map((s) => s.label));
  trainer.add(samples);
  return trainer.finish();
}

export interface ClassifierTrainer {
  /** Counts these samples in; their labels must be among the trainer's. */
  add(samples: readonly TrainingSample[]): void;
  finish(): ClassifierModel;
}

/**
 * Learns the same model as `trainClassifier`, a slice of samples at a time, so a caller can
 * yield between slices (the core learns at start while it already serves). The labels are fixed
 * first: each gram's row has one count per label.
 */
export function classifierTrainer(sampleLabels: Iterable<string>): ClassifierTrainer {
  const labels = [...new Set(sampleLabels)].sort();
  const position = new Map(labels.map((label, i) => [label, i]));
  const documents = labels.map(() => 0);
  const totals = labels.map(() => 0);
  const counts = new Map<string, number[]>();
  return {
    add(samples) {
      for (const { text, label } of samples) {
        const at = position.get(label);
        if (at === undefined) throw new Error(`label ${label} was not given to the trainer`);
        documents[at] = (documents[at] ?? 0) + 1;
        for (const gram of charNgrams(text, minGram, maxGram)) {
          let row = counts.get(gram);
          if (!row) {
            row = labels.map(() => 0);
            counts.set(gram, row);
          }
          row[at] = (row[at] ?? 0) + 1;
          totals[at] = (totals[at] ?? 0) + 1;
        }
      }
    },
    finish() {
      // Sorted keys make the serialised model byte-identical for the same samples in any order.
      const sortedCounts = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      return { version: 1, labels, documents: [...documents], totals: [...totals], counts: sortedCounts };
    },
  };
}

/**
 * Naive Bayes multiplies the evidence of every gram as if each were independent, and a call's
 * overlapping 1–3-grams are anything but: its raw posterior read 99.9 % where the top label was
 * right three times in four. The log scores are divided by this before the softmax, fitted on the
 * tuning half of tests/fixtures/intake-quality (`npx tsx tests/fixtures/intake-quality/fit-category-temperature.ts`),
 * so a confidence shown reads as a probability. The order of the labels is unchanged (docs/decisions/0060).
 */
export const confidenceTemperature = 5.2;

/**
 * Per label, in the model's order, the log of prior × likelihood of `text`'s grams; null when the
 * text has no grams or the model no samples. Grams never seen in training are left out: they
 * carry no evidence.
 */
export function categoryLogScores(model: ClassifierModel, text: string): number[] | null {
  const grams = charNgrams(text, minGram, maxGram);
  const sampleCount = model.documents.reduce((sum, n) => sum + n, 0);
  if (grams.length === 0 || sampleCount === 0) return null;
  const vocabulary = Object.keys(model.counts).length;
  return model.labels.map((_, c) => {
    const denominator = Math.log((model.totals[c] ?? 0) + alpha * vocabulary);
    let score = Math.log((model.documents[c] ?? 0) / sampleCount);
    for (const gram of grams) {
      const row = Object.hasOwn(model.counts, gram) ? model.counts[gram] : undefined;
      if (row) score += Math.log((row[c] ?? 0) + alpha) - denominator;
    }
    return score;
  });
}

/** Softmax of log scores divided by `temperature`, shifted by the top one: a product of hundreds of gram probabilities underflows a double. */
export function posteriors(scores: readonly number[], temperature: number): number[] {
  const top = Math.max(...scores);
  const weights = scores.map((s) => Math.exp((s - top) / temperature));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}

/**
 * The `k` most probable labels for `text`, most probable first (ties by label), with calibrated
 * confidences (confidenceTemperature). Text with no grams, or a model with no labels, suggests nothing.
 */
export function suggestCategories(model: ClassifierModel, text: string, k = 3): CategorySuggestion[] {
  const scores = k > 0 ? categoryLogScores(model, text) : null;
  if (!scores) return [];
  const confidences = posteriors(scores, confidenceTemperature);
  return model.labels
    .map((label, c) => ({ label, confidence: confidences[c] ?? 0 }))
    .sort((a, b) => b.confidence - a.confidence || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .slice(0, k);
}
