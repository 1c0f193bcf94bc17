import { describe, expect, it } from 'vitest';
import { categoryCalibrationError, duplicateQuality, knowledgeQuality, scoredCalls } from '../fixtures/intake-quality/evaluate';

/**
 * Floors under the figures `npm run bench:intake` reports, so a change that loses quality
 * fails here. The goal (duplicates recall ≥ 0.9 at precision ≥ 0.8) is met on the held-out half
 * with a category chosen (P 0.85 / R 0.91; before one P 0.92 / R 0.71, with the category model's
 * suggestion) and not on the second held-out set written fresh (P 0.83 / R 0.69; before a category
 * P 0.87 / R 0.50) nor on the third, by another author (P 0.83 / R 0.75; before a category P 0.79 /
 * R 0.55, docs/decisions/0050) nor on the fourth, written blind by an author who never read the check
 * and read first after decision 0062 (P 0.88 / R 0.60; before a category P 0.78 / R 0.39); the tuning half, now with the village problems, reaches P 0.85 / R 0.92
 * (before a category 0.81 / 0.71), in sample. The floors sit a hundredth under what the check
 * reaches on each, so a regression shows while the goal stays open (docs/decisions/0047).
 */
describe('intake quality on the labelled set', () => {
  it('finds duplicates worded differently, also before a category is chosen', () => {
    expect(duplicateQuality('tune', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.91);
    expect(duplicateQuality('tune', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.84);
    expect(duplicateQuality('held', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.9);
    expect(duplicateQuality('held', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.84);
    expect(duplicateQuality('tune', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.7);
    expect(duplicateQuality('tune', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.8);
    expect(duplicateQuality('held', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.7);
    expect(duplicateQuality('held', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.91);
  });

  it('keeps what it finds on the calls written fresh, never tuned on', () => {
    expect(duplicateQuality('fresh', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.68);
    expect(duplicateQuality('fresh', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.82);
    expect(duplicateQuality('fresh', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.49);
    expect(duplicateQuality('fresh', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.86);
  });

  it('keeps what it finds on the third set, by another author, never tuned on', () => {
    expect(duplicateQuality('third', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.74);
    expect(duplicateQuality('third', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.82);
    expect(duplicateQuality('third', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.54);
    expect(duplicateQuality('third', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.78);
  });

  it('keeps what it finds on the fourth set, written blind to the check, never tuned on', () => {
    expect(duplicateQuality('fourth', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.59);
    expect(duplicateQuality('fourth', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.87);
    expect(duplicateQuality('fourth', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.38);
    expect(duplicateQuality('fourth', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.77);
  });

  it('shows a category suggestion’s confidence as a probability on calls it was not fitted on, not a raw 99.9 %', () => {
    // Raw posteriors were off by 0.28–0.33 on every set (99.9 % shown where the top label was right 75–84 % of the time).
    for (const split of ['held', 'fresh', 'third'] as const) {
      const rows = scoredCalls(split);
      expect(categoryCalibrationError(rows, 1)).toBeGreaterThan(0.25);
      expect(categoryCalibrationError(rows)).toBeLessThanOrEqual(0.12);
    }
  });

  it('offers knowledge answers only when they answer what was asked: precision ≥ 0.9 on both halves', () => {
    expect(knowledgeQuality('tune').precision).toBeGreaterThanOrEqual(0.9);
    expect(knowledgeQuality('held').precision).toBeGreaterThanOrEqual(0.9);
    expect(knowledgeQuality('tune').recall).toBeGreaterThanOrEqual(0.9);
  });
});
