/**
 * `npm run bench:intake`: precision and recall of the duplicate check and the knowledge-base
 * offer on the labelled set in tests/fixtures/intake-quality, for the half the rules were tuned
 * on and the held-out half; prints a table and merges bench/results.json.
 */
import { resolve } from 'node:path';
import { duplicateQuality, knowledgeQuality, type Quality, type Split } from '../tests/fixtures/intake-quality/evaluate';
import { mergeBenchResults, type BenchFigure } from './bench-sla/results-file';

const rows: { name: string; split: Split; q: Quality }[] = [];
for (const split of ['tune', 'held'] as const) {
  rows.push({ name: 'duplicates, category chosen', split, q: duplicateQuality(split, { categoryChosen: true }) });
  rows.push({ name: 'duplicates, before a category', split, q: duplicateQuality(split, { categoryChosen: false }) });
  rows.push({ name: 'knowledge answer offered', split, q: knowledgeQuality(split) });
}
console.table(rows.map((r) => ({ figure: r.name, half: r.split, precision: r.q.precision.toFixed(2), recall: r.q.recall.toFixed(2), labelled: r.q.items })));
const figures: BenchFigure[] = rows.flatMap((r) => [
  { figure: `intake quality: ${r.name} (${r.split}) precision`, value: Number(r.q.precision.toFixed(3)), unit: 'ratio', cases: r.q.items },
  { figure: `intake quality: ${r.name} (${r.split}) recall`, value: Number(r.q.recall.toFixed(3)), unit: 'ratio', cases: r.q.items },
]);
mergeBenchResults(resolve(import.meta.dirname, '../bench/results.json'), figures);
