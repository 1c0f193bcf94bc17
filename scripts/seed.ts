/**
 * `npm run seed -- --cases N [--data DIR] [--seed S]`: adds N generated demo cases (realistic
 * Chinese text, one year of calls ending now) to the store, through the real event path in big
 * transactions. Seeds the demo town first on an empty folder. Run it with the console stopped.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../electron/core/log';
import { DATABASE_FILE, openCore } from '../electron/core/open-core';
import { seedDemoCases } from '../electron/core/seed/seed-demo-cases';
import { openDatabase } from '../electron/core/store/db';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    data: { type: 'string', default: resolve(import.meta.dirname, '../.data') },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.cases);
if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--cases must be a positive integer: ${values.cases}`);
const dataDir = resolve(values.data);

// Opening the core once seeds the demo town (units, users, routing) on an empty folder.
(await openCore({ dataDir, logger: createLogger('silent') })).close();
const db = openDatabase(join(dataDir, DATABASE_FILE));
try {
  const started = performance.now();
  const filed = seedDemoCases(db, {
    count,
    seed: Number(values.seed),
    onProgress: (done) => process.stdout.write(`\rfiled ${done.toLocaleString('en')} / ${count.toLocaleString('en')} cases`),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nfiled ${filed.toLocaleString('en')} cases in ${seconds.toFixed(1)} s (${Math.round(filed / seconds).toLocaleString('en')}/s) into ${dataDir}`);
} finally {
  db.close();
}
