import { describe, expect, it } from 'vitest';
import { duplicateQuality, knowledgeQuality } from '../fixtures/intake-quality/evaluate';

/**
 * Floors under the figures `npm run bench:intake` reports, so a change that loses quality
 * fails here. The goal (duplicates recall ≥ 0.9 at precision ≥ 0.8) is not met on the held-out
 * half (P 0.80 / R 0.80 with a category chosen; P 0.79 / R 0.60 before one, with the category
 * model's suggestion) nor quite on the tuning half (P 0.89 / R 0.86; before a category 0.85 / 0.69):
 * the floors sit just under what the check reaches on each half, so a regression shows while the
 * goal stays open.
 */
describe('intake quality on the labelled set', () => {
  it('finds duplicates worded differently, also before a category is chosen', () => {
    expect(duplicateQuality('tune', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.85);
    expect(duplicateQuality('tune', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.85);
    expect(duplicateQuality('held', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.78);
    expect(duplicateQuality('held', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.78);
    expect(duplicateQuality('tune', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.67);
    expect(duplicateQuality('tune', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.83);
    expect(duplicateQuality('held', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.58);
    expect(duplicateQuality('held', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.77);
  });

  it('offers knowledge answers only when they answer what was asked: precision ≥ 0.9 on both halves', () => {
    expect(knowledgeQuality('tune').precision).toBeGreaterThanOrEqual(0.9);
    expect(knowledgeQuality('held').precision).toBeGreaterThanOrEqual(0.9);
    expect(knowledgeQuality('tune').recall).toBeGreaterThanOrEqual(0.9);
  });
});
