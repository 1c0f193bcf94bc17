import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryCharWeights } from './char-weights';
import { trainClassifier } from './classifier';
import { pairEvidence, sameProblemScore } from './duplicate-score';

const model = trainClassifier([
  { text: '金京路违章停车，车子乱停', label: 'parking' },
  { text: '金京路菜场门口停车很乱', label: 'parking' },
  { text: '小区门口乱停车堵住了路', label: 'parking' },
  { text: '地铁口盲道上停满了电瓶车', label: 'parking' },
  { text: '楼上半夜很吵', label: 'noise' },
]);
const weights = categoryCharWeights(model);

describe('categoryCharWeights', () => {
  it("weighs a character the category's cases say often less than one they seldom or never say", () => {
    const parking = weights('parking');
    expect(parking('停')).toBeLessThan(parking('盲'));
    expect(parking('盲')).toBeLessThan(parking('锈'));
    expect(parking('锈')).toBe(1);
    // Each category by its own cases: 吵 is the noise category's word, not parking's.
    expect(weights('noise')('吵')).toBeLessThan(parking('吵'));
  });

  it('weighs every character alike for a category the model has no cases of', () => {
    expect(weights('unknown')('停')).toBe(1);
    expect(weights('unknown')('盲')).toBe(1);
  });

  it('stays within 0…1 for any character of any category', () => {
    fc.assert(
      fc.property(fc.constantFrom('parking', 'noise', 'unknown'), fc.string({ minLength: 1, maxLength: 1 }), (category, c) => {
        const w = weights(category)(c);
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(1);
      }),
      { seed: 29 },
    );
  });

  it('makes two calls that share only the category\'s everyday words less alike than two that share a rare one', () => {
    const parking = weights('parking');
    const score = (a: string, b: string) => sameProblemScore(pairEvidence(a, b, '违章停车', 120_000, [], parking));
    // Alike but for the one character both share: 路 (every parking call's) against 盲 (a blind path's).
    expect(score('路边乱停', '路口电瓶车')).toBeLessThan(score('盲边乱停', '盲口电瓶车'));
    // Without weights the two pairs are the same to the score.
    const bare = (a: string, b: string) => sameProblemScore(pairEvidence(a, b, '违章停车', 120_000, []));
    expect(bare('路边乱停', '路口电瓶车')).toBeCloseTo(bare('盲边乱停', '盲口电瓶车'), 12);
  });

  it('keeps the score symmetric and never rising with the gap when weighed', () => {
    const texts = ['金京路菜场门口天天有车乱停', '菜场外面马路两边全停满了车', '地铁口的电动车把盲道都占了', '盲道上停满了电瓶车', ''];
    const text = fc.constantFrom(...texts);
    const gap = fc.integer({ min: 0, max: 14 * 24 * 3_600_000 });
    const parking = weights('parking');
    const score = (a: string, b: string, ms: number) => sameProblemScore(pairEvidence(a, b, '违章停车', ms, [], parking));
    fc.assert(
      fc.property(text, text, gap, gap, (a, b, x, y) => {
        const [near, far] = x <= y ? [x, y] : [y, x];
        expect(score(a, b, far)).toBeCloseTo(score(b, a, -far), 12);
        expect(score(a, b, far)).toBeLessThanOrEqual(score(a, b, near));
      }),
      { seed: 29 },
    );
  });
});
