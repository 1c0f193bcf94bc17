import type { ClassifierModel } from './classifier';

/** How much two calls sharing a character says they tell the same problem, 0…1. */
export type CharWeight = (c: string) => number;

/** The category's character weights, by category id: what the duplicate check is given. */
export type CategoryCharWeights = (categoryId: string) => CharWeight;

/**
 * Weights from the counts of the category model the core already keeps (classifier.ts), for the
 * cases of one category: a character its cases say often (垃圾 in 垃圾 calls, 停 in parking
 * calls, the streets the town's calls name) tells less about which of its problems two calls
 * share than one they seldom say. The weight is log(1 / P(c | category)), smoothed as the model
 * smooths it, over its largest value (a character the category never said weighs 1), cubed: of
 * the powers 1 and 3, and of the town-wide rarity alone or times this one, the cube fitted best
 * out of fold on the tuning half (docs/decisions/0029). Pure: the caller passes the model.
 */
export function categoryCharWeights(model: ClassifierModel): CategoryCharWeights {
  const vocabulary = Object.keys(model.counts).length;
  const perCategory = new Map<string, CharWeight>();
  return (categoryId) => {
    let weigh = perCategory.get(categoryId);
    if (!weigh) {
      weigh = weightsOf(model, model.labels.indexOf(categoryId), vocabulary);
      perCategory.set(categoryId, weigh);
    }
    return weigh;
  };
}

function weightsOf(model: ClassifierModel, k: number, vocabulary: number): CharWeight {
  // A category the model has no cases of: every character is as rare as the next.
  if (k < 0) return () => 1;
  const denominator = Math.log((model.totals[k] ?? 0) + vocabulary);
  const cache = new Map<string, number>();
  return (c) => {
    let w = cache.get(c);
    if (w === undefined) {
      const count = Object.hasOwn(model.counts, c) ? (model.counts[c]?.[k] ?? 0) : 0;
      w = denominator <= 0 ? 1 : Math.max(0, (denominator - Math.log(count + 1)) / denominator) ** 3;
      cache.set(c, w);
    }
    return w;
  };
}
