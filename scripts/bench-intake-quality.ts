/**
 * `npm run bench:intake`: precision and recall of the duplicate check and the knowledge-base
 * offer on the labelled set in tests/fixtures/intake-quality, for the half the rules were tuned
 * on, the held-out half, the second held-out set written fresh (fresh-problems.ts), the third by
 * another author (third-problems.ts) and the fourth written blind to the check (fourth-problems.ts),
 * and the time of one duplicate check over as many open cases as the core weighs, with the
 * character weights and bare; prints tables and merges bench/results.json.
 */
import { resolve } from 'node:path';
import { categoryCharWeights } from '../shared/intake/char-weights';
import { categoryModel, duplicateQuality, knowledgeQuality, type Quality, type Split } from '../tests/fixtures/intake-quality/evaluate';
import { timeDuplicateCheck, type CheckTiming } from './bench-intake-quality/duplicate-timing';
import { mergeBenchResults, type BenchFigure } from './bench-sla/results-file';

const rows: { name: string; split: Split; q: Quality }[] = [];
for (const split of ['tune', 'held'] as const) {
  rows.push({ name: 'duplicates, category chosen', split, q: duplicateQuality(split, { categoryChosen: true }) });
  rows.push({ name: 'duplicates, before a category', split, q: duplicateQuality(split, { categoryChosen: false }) });
  rows.push({ name: 'knowledge answer offered', split, q: knowledgeQuality(split) });
}
// The second, third and fourth held-out sets have calls to the duplicate check only.
for (const split of ['fresh', 'third', 'fourth'] as const) {
  rows.push({ name: 'duplicates, category chosen', split, q: duplicateQuality(split, { categoryChosen: true }) });
  rows.push({ name: 'duplicates, before a category', split, q: duplicateQuality(split, { categoryChosen: false }) });
}
console.table(rows.map((r) => ({ figure: r.name, half: r.split, precision: r.q.precision.toFixed(2), recall: r.q.recall.toFixed(2), labelled: r.q.items })));
const figures: BenchFigure[] = rows.flatMap((r) => [
  { figure: `intake quality: ${r.name} (${r.split}) precision`, value: Number(r.q.precision.toFixed(3)), unit: 'ratio', cases: r.q.items },
  { figure: `intake quality: ${r.name} (${r.split}) recall`, value: Number(r.q.recall.toFixed(3)), unit: 'ratio', cases: r.q.items },
]);

// Alternated, three runs each, so a busy machine slows both alike; the spread is printed.
const model = categoryModel();
const runs: { weighed: CheckTiming; bare: CheckTiming }[] = [];
for (let i = 0; i < 3; i++) runs.push({ bare: timeDuplicateCheck(() => null), weighed: timeDuplicateCheck(() => categoryCharWeights(model)) });
const ms = (x: number) => x.toFixed(2);
console.table(
  (['weighed', 'bare'] as const).map((kind) => ({
    'duplicate check (200 open cases)': kind === 'weighed' ? 'with character weights' : 'bare (no weights)',
    'median ms': runs.map((r) => ms(r[kind].medianMs)).join(' / '),
    'p95 ms': runs.map((r) => ms(r[kind].p95Ms)).join(' / '),
    'first check ms': runs.map((r) => ms(r[kind].firstMs)).join(' / '),
  })),
);
const middle = (pick: (r: (typeof runs)[number]) => number) => [...runs.map(pick)].sort((a, b) => a - b)[1] ?? 0;
const weighedMedian = middle((r) => r.weighed.medianMs);
const bareMedian = middle((r) => r.bare.medianMs);
figures.push({
  figure: 'intake: duplicate check over 200 open cases, median',
  value: Number(weighedMedian.toFixed(3)),
  unit: 'ms',
  baseline: Number(bareMedian.toFixed(3)),
  ratio: Number((weighedMedian / bareMedian).toFixed(2)),
  cases: 200,
});
mergeBenchResults(resolve(import.meta.dirname, '../bench/results.json'), figures);
