/** Child process for the durability test: files cases forever, printing each acknowledged number. */
import { mealCase, openTestCore } from './core-harness';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: file-cases-until-killed DATA_DIR');
const h = await openTestCore(dataDir);
const op = await h.login('op01');
for (;;) {
  const filed = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
  process.stdout.write(`${filed.number}\n`);
}
