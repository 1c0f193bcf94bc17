/**
 * `npm run security:electron`: Electronegativity over the code that ships, failing on what
 * scripts/security-electron/verdict.ts says fails (HIGH always, MEDIUM unless suppressed with a
 * reviewed reason). Part of `npm test`, after lint.
 */
import { readBuilderConfig, projectRoot } from './packaging/builder-config';
import { scan, stageShippedSources } from './security-electron/scan';
import { suppressions } from './security-electron/suppressions';
import { judge } from './security-electron/verdict';

const staged = await stageShippedSources(projectRoot);
try {
  const { findings, errors } = await scan(staged.root, readBuilderConfig().electronVersion);
  const verdict = judge(findings, errors, suppressions);
  for (const line of verdict.listed) console.log(`listed     ${line}`);
  for (const line of verdict.suppressed) console.log(`suppressed ${line}`);
  for (const line of verdict.failures) console.error(`FAIL       ${line}`);
  const summary = `Electronegativity: ${findings.length} findings, ${verdict.failures.length} failing, ${verdict.suppressed.length} suppressed, ${verdict.listed.length} listed.`;
  (verdict.failures.length > 0 ? console.error : console.log)(summary);
  process.exitCode = verdict.failures.length > 0 ? 1 : 0;
} finally {
  await staged.remove();
}
