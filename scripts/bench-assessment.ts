/**
 * `npm run bench:assessment -- [--cases N] [--spike-cases N] [--quick]`: a year of a town's assessment
 * (default 200,000 cases) aggregated by the store, beside a bare SQL aggregate over the same rows;
 * spike detection over the call counts of N cases (default 1,000,000). Rows are written straight
 * through the store layer in large transactions (projection, clocks, cards; for spikes only the
 * SLA facts the counts read), generated from a fixed seed. Merged into bench/results.json.
 * `--quick` (for `npm run bench -- --quick`) runs a tenth of each size, as a smoke run whose
 * figures are marked quick and do not stand for the goals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { periodBounds } from '../shared/assessment/period';
import { defaultAssessmentRule } from '../shared/assessment/rule';
import { rankUnits } from '../shared/assessment/score';
import { detectSpikes, spikeWindowStart } from '../shared/assessment/spikes';
import { mulberry32 } from '../shared/demo/random';
import { unitFiguresInStore } from '../electron/core/store/assessment';
import { dayCounts } from '../electron/core/store/assessment-hotspots';
import { saveCardRow, saveCaseSlaFacts, saveClockRow } from '../electron/core/store/case-sla';
import { saveCaseRecord } from '../electron/core/store/cases';
import { openDatabase, writeTransaction, type DB } from '../electron/core/store/db';
import { storedRecord } from '../tests/support/stored-record';
import { BENCH_RESULTS_ENV, medianMs, mergeBenchResults, type BenchFigure } from './bench-sla/results-file';

const { values } = parseArgs({
  options: { cases: { type: 'string' }, 'spike-cases': { type: 'string' }, quick: { type: 'boolean', default: false } },
});
const quick = values.quick;
const yearCases = Number(values.cases ?? (quick ? 20_000 : 200_000));
const spikeCases = Number(values['spike-cases'] ?? (quick ? 100_000 : 1_000_000));
const runs = quick ? 3 : 5;
const yearStart = Date.parse('2025-12-31T16:00:00.000Z');
const yearMs = 365 * 86_400_000;
const units = Array.from({ length: 24 }, (_, i) => `unit.${i}`);
const committees = Array.from({ length: 30 }, (_, i) => `cmt.${i}`);
const categories = Array.from({ length: 40 }, (_, i) => `cat.${i}`);
const iso = (ms: number) => new Date(ms).toISOString();

function seedYear(db: DB, n: number): void {
  const random = mulberry32(14);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  writeTransaction(db, (tx) => {
    for (let i = 0; i < n; i++) {
      const id = `C${i}`;
      const at = yearStart + Math.floor(random() * yearMs);
      const unitId = pick(units);
      const evaluated = random() < 0.8;
      saveCaseRecord(
        tx,
        storedRecord(id, {
          number: `GH01-${i}`,
          responsibleUnitId: unitId,
          registeredAt: iso(at),
          reopenCount: random() < 0.05 ? 1 : 0,
          evaluation: evaluated
            ? { resolved: random() < 0.85, satisfaction: pick(['satisfied', 'basically_satisfied', 'dissatisfied'] as const), cause: null, note: '', at: iso(at + 3 * 86_400_000) }
            : null,
        }),
      );
      (['accept', 'firstContact', 'reply'] as const).forEach((kind, k) => {
        const deadline = at + (k + 1) * 3_600_000;
        const ended = deadline + (random() < 0.1 ? 1 : -1) * Math.floor(random() * 1_800_000);
        saveClockRow(db, { caseId: id, clock: kind, startedAt: iso(at), kind, unitId, deadline: iso(deadline), warnAt: iso(deadline),
          redAfter: iso(deadline), endedAt: iso(ended), cardLevel: 0, cardAt: null });
      });
      if (random() < 0.03) saveCardRow(db, { caseId: id, clock: 'accept', card: random() < 0.7 ? 'yellow' : 'red', at: iso(at + 7_200_000), unitId });
    }
  })();
}

function seedSpikeCounts(db: DB, n: number): void {
  const random = mulberry32(28);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      saveCaseSlaFacts(db, { caseId: `S${i}`, number: `S${i}`, status: 'closed', open: false, kind: 'help', urgency: 'normal',
        categoryId: pick(categories), committeeId: pick(committees), unitId: null, dispatchedBy: null,
        registeredAt: iso(yearStart + Math.floor(random() * yearMs)), policyVersion: 1, next: null, flags: [] });
    }
  })();
}

const dir = mkdtempSync(join(tmpdir(), 'lianxin-bench-assessment-'));
try {
  const db = openDatabase(join(dir, 'bench.db'));
  let t = performance.now();
  seedYear(db, yearCases);
  console.log(`seeded ${yearCases} cases in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const bounds = periodBounds({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
  const scope = { ...bounds, asOf: '2027-01-01T00:00:00.000Z', hastyCaseIds: [], waived: [] };
  const assessment = medianMs(runs, () => void rankUnits(unitFiguresInStore(db, scope, defaultAssessmentRule), defaultAssessmentRule));
  const bare = db.prepare(
    `SELECT responsible_unit_id, COUNT(*), SUM(json_extract(record, '$.evaluation.resolved')), SUM(json_extract(record, '$.evaluation.satisfaction') <> 'dissatisfied'),
       (SELECT COUNT(*) FROM case_clocks k WHERE k.case_id = c.id AND k.ended_at <= k.deadline)
     FROM cases c WHERE registered_at >= ? AND registered_at < ? GROUP BY 1`,
  );
  const bareMs = medianMs(runs, () => void bare.all(bounds.start, bounds.end));

  t = performance.now();
  seedSpikeCounts(db, spikeCases);
  console.log(`seeded ${spikeCases} SLA rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const day = '2026-12-31';
  const window = periodBounds({ kind: 'custom', from: spikeWindowStart(day), to: day });
  const spikes = medianMs(runs, () => void detectSpikes(dayCounts(db, window), day));
  const allDays = periodBounds({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
  const heatYear = medianMs(3, () => void dayCounts(db, allDays));
  db.close();

  const figures: BenchFigure[] = [
    { figure: 'assessment: a year of every unit (figures, scores, ranking)', value: assessment, unit: 'ms', baseline: bareMs, ratio: assessment / bareMs, cases: yearCases },
    { figure: 'spikes: last 3 days against the 28 before, every committee × category', value: spikes, unit: 'ms', cases: spikeCases },
    { figure: 'heat table: a year of committee × category × day counts', value: heatYear, unit: 'ms', cases: spikeCases },
  ];
  // Run alone, a quick run's figures are kept beside the full run's, never in their place;
  // `npm run bench -- --quick` gives its parts a results file of their own, so names stay as they are.
  const named = quick && !process.env[BENCH_RESULTS_ENV] ? figures.map((f) => ({ ...f, figure: `${f.figure} (quick)` })) : figures;
  mergeBenchResults(resolve(import.meta.dirname, '../bench/results.json'), named);
  console.table(named.map((f) => ({ ...f, value: f.value.toFixed(1), ratio: f.ratio?.toFixed(2) })));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
