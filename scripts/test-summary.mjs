// Prints one closing line for the whole test run, from the unit and end-to-end JSON reports,
// after naming every skipped end-to-end test and why it was skipped.
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(new URL(`../.test-reports/${file}`, import.meta.url), 'utf8'));
const unit = read('unit.json');
const e2eReport = read('e2e.json');
const e2e = e2eReport.stats;

function* specs(suite) {
  yield* suite.specs ?? [];
  for (const child of suite.suites ?? []) yield* specs(child);
}
for (const suite of e2eReport.suites) {
  for (const spec of specs(suite)) {
    for (const test of spec.tests) {
      if (test.results.every((r) => r.status === 'skipped')) {
        const why = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
        console.log(`e2e skipped: ${spec.title} — ${why}`);
      }
    }
  }
}

const passed = unit.numPassedTests + e2e.expected;
const failed = unit.numFailedTests + e2e.unexpected + e2e.flaky;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests} skipped`);
console.log(`e2e: ${e2e.expected} passed, ${e2e.unexpected + e2e.flaky} failed, ${e2e.skipped} skipped`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
