import { describe, expect, it } from 'vitest';
import { duplicateQuality, knowledgeQuality } from '../fixtures/intake-quality/evaluate';

/**
 * Floors under the figures `npm run bench:intake` reports, so a change that loses quality
 * fails here. The goal (duplicates recall ≥ 0.9 at precision ≥ 0.8) is not met on the held-out
 * half (P 0.86 / R 0.84 with a category chosen; P 0.79 / R 0.78 before one, with the category
 * model's suggestion); the tuning half reaches P 0.88 / R 0.92 (before a category 0.82 / 0.81),
 * in sample. The floors sit just under what the check reaches on each half, so a regression shows
 * while the goal stays open (docs/decisions/0041).
 */
describe('intake quality on the labelled set', () => {
  it('finds duplicates worded differently, also before a category is chosen', () => {
    expect(duplicateQuality('tune', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.9);
    expect(duplicateQuality('tune', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.86);
    expect(duplicateQuality('held', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.83);
    expect(duplicateQuality('held', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.84);
    expect(duplicateQuality('tune', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.79);
    expect(duplicateQuality('tune', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.8);
    expect(duplicateQuality('held', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.76);
    expect(duplicateQuality('held', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.77);
  });

  it('offers knowledge answers only when they answer what was asked: precision ≥ 0.9 on both halves', () => {
    expect(knowledgeQuality('tune').precision).toBeGreaterThanOrEqual(0.9);
    expect(knowledgeQuality('held').precision).toBeGreaterThanOrEqual(0.9);
    expect(knowledgeQuality('tune').recall).toBeGreaterThanOrEqual(0.9);
  });
});
