import { describe, expect, it } from 'vitest';
import { suggestCategories, trainClassifier } from '../../../shared/intake/classifier';
import { demoTrainingSamples } from './category-model';

describe('the category model a demo install starts with', () => {
  it('suggests the right category for held-out demo cases far more often than guessing the most common one', () => {
    const training = demoTrainingSamples(4_000, 1);
    const heldOut = demoTrainingSamples(1_000, 2);
    const model = trainClassifier(training);
    const perLabel = new Map<string, number>();
    for (const s of training) perLabel.set(s.label, (perLabel.get(s.label) ?? 0) + 1);
    const [mostCommon] = [...perLabel].sort((a, b) => b[1] - a[1])[0] ?? [''];
    const share = (hit: (s: (typeof heldOut)[number]) => boolean) => heldOut.filter(hit).length / heldOut.length;
    const baseline = share((s) => s.label === mostCommon);
    const top1 = share((s) => suggestCategories(model, s.text, 1)[0]?.label === s.label);
    const top3 = share((s) => suggestCategories(model, s.text, 3).some((c) => c.label === s.label));
    console.log(
      `category model on ${heldOut.length} held-out demo cases (${model.labels.length} categories, trained on ${training.length}): ` +
        `top-1 ${(top1 * 100).toFixed(1)} %, top-3 ${(top3 * 100).toFixed(1)} %, ` +
        `always-${mostCommon} baseline ${(baseline * 100).toFixed(1)} %`,
    );
    expect(top1).toBeGreaterThanOrEqual(baseline + 0.4);
    expect(top3).toBeGreaterThanOrEqual(top1);
  });
});
