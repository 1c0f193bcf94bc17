/**
 * `npm run seed -- --cases N [--data DIR] [--seed S] [--all-open]`: a town's store of about N cases
 * (default 10,000) in DIR, made by the real loop: years of calls (a million ≈ three years), each
 * filed, dispatched, worked, replied, called back, evaluated and closed by the services a seat's
 * keys call, so most are closed and today's stand in every state with their clocks running; the
 * search index is built as it goes. DIR must be new or empty (the demo town is seeded first).
 * `--all-open` instead adds N cases to any store, filed (and most dispatched) and left open, in
 * big transactions: the load a board or a backlog bench needs. Run it with the console stopped.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../electron/core/log';
import { DATABASE_FILE, openCore } from '../electron/core/open-core';
import { seedDemoCases } from '../electron/core/seed/seed-demo-cases';
import { seedTownHistory, townHistoryDays } from '../electron/core/seed/seed-town-history';
import { openDatabase } from '../electron/core/store/db';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    data: { type: 'string', default: resolve(import.meta.dirname, '../.data') },
    seed: { type: 'string', default: '1' },
    'all-open': { type: 'boolean', default: false },
  },
});
const count = Number(values.cases);
if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--cases must be a positive integer: ${values.cases}`);
const dataDir = resolve(values.data);
const dbFile = join(dataDir, DATABASE_FILE);
const allOpen = values['all-open'];
if (!allOpen && existsSync(dbFile)) {
  console.error(`${dbFile} exists: a town's history is played into a new store only (or pass --all-open to add open cases to it).`);
  process.exit(1);
}

// Opening the core once seeds the demo town (units, users, routing, knowledge) on an empty folder.
(await openCore({ dataDir, logger: createLogger('silent') })).close();
const db = openDatabase(dbFile);
const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
try {
  if (allOpen) {
    const filed = seedDemoCases(db, {
      count,
      seed: Number(values.seed),
      onProgress: (done) => process.stdout.write(`\rfiled ${done.toLocaleString('en')} / ${count.toLocaleString('en')} open cases`),
    });
    console.log(`\nfiled ${filed.toLocaleString('en')} open cases in ${elapsed().toFixed(1)} s into ${dataDir}`);
  } else {
    console.log(`playing ${townHistoryDays(count)} days of a town's calls (~${count.toLocaleString('en')} cases) through the real loop into ${dataDir}`);
    const result = seedTownHistory(db, dataDir, dbFile, {
      cases: count,
      seed: Number(values.seed),
      now: new Date(),
      log: createLogger('warn'),
      onProgress: (day, days) => {
        const s = elapsed();
        const left = day > 0 ? (s / day) * (days - day) : 0;
        process.stdout.write(`\rday ${day} / ${days} (${Math.floor((100 * day) / days)} %), ${s.toFixed(0)} s, about ${Math.ceil(left / 60)} min left   `);
      },
    });
    const s = elapsed();
    console.log(
      `\nplayed ${result.cases.toLocaleString('en')} cases (${result.events.toLocaleString('en')} events, ${result.refused} steps refused by the rules) over ${result.days} days in ${s.toFixed(0)} s (${Math.round(result.cases / s).toLocaleString('en')} cases/s)`,
    );
  }
} finally {
  db.close();
}
