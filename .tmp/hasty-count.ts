import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hastyFlags } from '../shared/assessment/hasty';
import { defaultAssessmentRule } from '../shared/assessment/rule';
import { createLogger } from '../electron/core/log';
import { DATABASE_FILE, openCore } from '../electron/core/open-core';
import { openDatabase } from '../electron/core/store/db';
import { loopSteps, repliedCases } from '../electron/core/store/assessment-cases';

const dir = mkdtempSync(join(tmpdir(), 'lianxin-hasty-'));
const core = await openCore({ dataDir: dir, logger: createLogger('silent'), demoHistory: true });
core.close();
const db = openDatabase(join(dir, DATABASE_FILE));
const bounds = { start: '2000-01-01T00:00:00.000Z', end: '2100-01-01T00:00:00.000Z' };
const replied = repliedCases(db, bounds);
const flags = hastyFlags(replied, loopSteps(db, bounds), defaultAssessmentRule);
const byUnit = new Map<string, Record<string, number>>();
for (const f of flags) {
  const r = byUnit.get(f.unitId) ?? {};
  r[f.kind] = (r[f.kind] ?? 0) + 1;
  byUnit.set(f.unitId, r);
}
const repliedBy = new Map<string, number>();
for (const c of replied) repliedBy.set(c.reply!.unitId, (repliedBy.get(c.reply!.unitId) ?? 0) + 1);
console.log('replied', replied.length, 'flags', flags.length);
for (const [u, r] of [...byUnit].sort()) console.log(u, repliedBy.get(u), JSON.stringify(r));
console.log(replied.slice(0, 5).map((c) => c.reply!.result + ' / ' + c.reply!.answer).join('\n'));
db.close();
rmSync(dir, { recursive: true, force: true });
