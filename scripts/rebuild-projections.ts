/**
 * `npm run rebuild:projections -- --data DIR [--check]`: refolds every case from its events and
 * checks the stored projections match; without --check, rewrites any that do not. Exits 1 if a
 * mismatch was found in --check mode. Run it with the console stopped.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rebuildProjections } from '../electron/core/cases/rebuild-projections';
import { DATABASE_FILE } from '../electron/core/open-core';
import { openDatabase } from '../electron/core/store/db';

const { values } = parseArgs({
  options: { data: { type: 'string', default: resolve(import.meta.dirname, '../.data') }, check: { type: 'boolean', default: false } },
});
const db = openDatabase(join(resolve(values.data), DATABASE_FILE));
try {
  const report = rebuildProjections(db, { write: !values.check });
  console.log(
    `checked ${report.checked} cases; ${report.mismatched.length} differed; ${report.rewritten} rewritten; ${report.pending} filed but not yet projected${values.check ? '' : ' (now projected)'}`,
  );
  for (const id of report.mismatched.slice(0, 20)) console.log(`  differs: ${id}`);
  if (report.countsDiffered) console.log(`the wall's replies per day and unit differed from the clocks${values.check ? '' : ' (now counted again)'}`);
  process.exitCode = values.check && (report.mismatched.length > 0 || report.countsDiffered) ? 1 : 0;
} finally {
  db.close();
}
