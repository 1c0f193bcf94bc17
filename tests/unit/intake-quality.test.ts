import { describe, expect, it } from 'vitest';
import { duplicateQuality, knowledgeQuality } from '../fixtures/intake-quality/evaluate';

/**
 * Floors under the figures `npm run bench:intake` reports, so a change that loses quality
 * fails here. The goal (duplicates recall ≥ 0.9 at precision ≥ 0.8) is not met on the held-out
 * half (P 0.89 / R 0.88 with a category chosen; P 0.80 / R 0.81 before one, with the category
 * model's suggestion), and far from met on the second held-out set written fresh (P 0.85 / R 0.67;
 * before a category P 0.58 / R 0.50); the tuning half reaches P 0.89 / R 0.94 (before a category
 * 0.81 / 0.81), in sample. The floors sit just under what the check reaches on each, so a
 * regression shows while the goal stays open (docs/decisions/0046).
 */
describe('intake quality on the labelled set', () => {
  it('finds duplicates worded differently, also before a category is chosen', () => {
    expect(duplicateQuality('tune', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.93);
    expect(duplicateQuality('tune', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.88);
    expect(duplicateQuality('held', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.88);
    expect(duplicateQuality('held', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.89);
    expect(duplicateQuality('tune', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.8);
    expect(duplicateQuality('tune', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.81);
    expect(duplicateQuality('held', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.81);
    expect(duplicateQuality('held', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps what it finds on the calls written fresh, never tuned on', () => {
    expect(duplicateQuality('fresh', { categoryChosen: true }).recall).toBeGreaterThanOrEqual(0.66);
    expect(duplicateQuality('fresh', { categoryChosen: true }).precision).toBeGreaterThanOrEqual(0.84);
    expect(duplicateQuality('fresh', { categoryChosen: false }).recall).toBeGreaterThanOrEqual(0.5);
    expect(duplicateQuality('fresh', { categoryChosen: false }).precision).toBeGreaterThanOrEqual(0.58);
  });

  it('offers knowledge answers only when they answer what was asked: precision ≥ 0.9 on both halves', () => {
    expect(knowledgeQuality('tune').precision).toBeGreaterThanOrEqual(0.9);
    expect(knowledgeQuality('held').precision).toBeGreaterThanOrEqual(0.9);
    expect(knowledgeQuality('tune').recall).toBeGreaterThanOrEqual(0.9);
  });
});
