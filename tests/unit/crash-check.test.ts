import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/open-core';
import { checkSeatStore } from '../../scripts/crash/check-store';
import { mealCase, openTestCore } from '../support/core-harness';

let dataDir: string | null = null;
afterEach(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = null;
});

/** A seat's store holding one filed case and one note on it, closed as a killed seat leaves it. */
async function storeWithOneCase(): Promise<{ file: string; caseId: string; hlc: string }> {
  const seat = await openTestCore();
  dataDir = seat.dataDir;
  const op = await seat.login('op01');
  const filed = await seat.call('cases:create', mealCase, op);
  const noted = await seat.call('cases:act', { caseId: filed.id, action: 'case.noted', payload: { note: '来电催办' } }, op);
  seat.core.close();
  return { file: join(seat.dataDir, DATABASE_FILE), caseId: filed.id, hlc: noted.lastHlc };
}

describe('the crash test’s check of a seat’s store', () => {
  it('finds every acknowledged case and action of a sound store, and nothing wrong', async () => {
    const { file, caseId, hlc } = await storeWithOneCase();
    const check = checkSeatStore(file, { filed: new Set([caseId]), actions: [{ caseId, hlc }] });
    expect(check).toEqual({ cases: 1, lost: [], problems: [] });
  });

  it('counts an acknowledged case or action the store does not hold as lost', async () => {
    const { file, caseId } = await storeWithOneCase();
    const check = checkSeatStore(file, { filed: new Set([caseId, 'C-never-stored']), actions: [{ caseId, hlc: '0000000000000:0000:GH01' }] });
    expect(check.lost).toHaveLength(2);
    expect(check.lost.join('\n')).toContain('C-never-stored');
  });

  it('reports a projection that no longer equals the fold of its events', async () => {
    const { file, caseId, hlc } = await storeWithOneCase();
    const db = new Database(file);
    db.prepare("UPDATE cases SET record = json_set(record, '$.description', '被改过') WHERE id = ?").run(caseId);
    db.close();
    const check = checkSeatStore(file, { filed: new Set([caseId]), actions: [{ caseId, hlc }] });
    expect(check.problems).toEqual([`projection of ${caseId} differs from the fold of its events`]);
  });
});
