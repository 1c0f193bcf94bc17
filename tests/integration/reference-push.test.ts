import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/open-core';
import type { Pool } from '../../hub/store/db';
import { mealCase, type CoreHarness } from '../support/core-harness';
import type { RealHub } from '../support/real-hub';
import { useSeatsOnRealHub } from '../support/seats-on-real-hub';

/**
 * Reference edits made at a seat, through the real hub on a throwaway PostgreSQL: two admin
 * seats at the hotline centre (GH01, GH02) and 绿地居委's desk (GH07), which is no admin seat.
 */
const LVDI = 'unit.cmt.lvdi';
const town = useSeatsOnRealHub(['GH01', 'GH02', 'GH07']);
let a: CoreHarness;
let b: CoreHarness;
let desk: CoreHarness;
let pool: Pool;
let hub: RealHub;

beforeEach(async () => {
  [a, b, desk] = town.seats as [CoreHarness, CoreHarness, CoreHarness];
  ({ pool, hub } = town);
  await town.enroll(a, { scope: 'town' }, true);
  await town.enroll(b, { scope: 'town' }, true);
  await town.enroll(desk, { scope: 'unit', unitId: LVDI });
});

const status = async (seat: CoreHarness) => (await seat.call('sync:status', {}, await seat.login('admin'))).state;
const synonym = async (seat: CoreHarness, id: string) => (await seat.call('synonyms:list', {}, await seat.login('admin'))).groups.find((g) => g.id === id) ?? null;
const urgentDispatch = async (seat: CoreHarness, version: number) => {
  const { policies } = await seat.call('sla:policies', {}, await seat.login('admin'));
  return policies.find((p) => p.policy.version === version)?.policy.dispatch.urgent ?? null;
};

/** The seat's own record of every version of one reference record, as its store keeps it. */
function seatHistory(seat: CoreHarness, kind: string, id: string): string[] {
  const db = new Database(join(seat.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT data FROM reference_history WHERE kind = ? AND id = ? ORDER BY hlc').all(kind, id) as { data: string }[]).map((r) => r.data);
  } finally {
    db.close();
  }
}

describe('reference edits made at an admin seat', () => {
  it('wait in the outbox while the hub is down, then are in force at every seat, the unit seat included', async () => {
    await hub.stop();
    const admin = await a.login('admin');
    const { policies } = await a.call('sla:policies', {}, admin);
    const latest = policies.at(-1)?.policy;
    if (!latest) throw new Error('the demo town has no policy');
    const saved = await a.call('sla:savePolicy', { rules: latest.rules, dispatch: { ...latest.dispatch, urgent: { unit: 'minutes', amount: 3 } }, effectiveFrom: null }, admin);
    const group = await a.call('synonyms:save', { id: null, term: '飞线充电', forms: ['私拉电线', '电瓶车充电'] }, admin);
    await expect.poll(() => status(a), { timeout: 10_000 }).toMatchObject({ link: 'offline', outbox: 2 });

    await hub.start();
    for (const seat of [b, desk]) {
      await expect.poll(() => urgentDispatch(seat, saved.version), { timeout: 20_000, interval: 200 }).toEqual({ unit: 'minutes', amount: 3 });
      await expect.poll(() => synonym(seat, group.id), { timeout: 20_000, interval: 200 }).toEqual(group);
    }
    await expect.poll(() => status(a), { timeout: 10_000 }).toMatchObject({ link: 'online', outbox: 0, quarantined: 0 });
    // In force: a case filed at seat B now runs under the version saved at seat A.
    const filed = await b.call('cases:create', mealCase, await b.login('op01'));
    expect((await b.call('sla:caseClocks', { caseId: filed.id }, await b.login('sup01'))).policyVersion).toBe(saved.version);
    const { rows } = await pool.query("SELECT kind, id FROM reference_records WHERE kind IN ('sla_policy', 'synonym') ORDER BY kind");
    expect(rows).toEqual([
      { kind: 'sla_policy', id: String(saved.version) },
      { kind: 'synonym', id: group.id },
    ]);
  });

  it('converge to the later of two concurrent edits of one record on both seats and the hub, the earlier kept in the history', async () => {
    const group = await a.call('synonyms:save', { id: null, term: '飞线充电', forms: ['私拉电线'] }, await a.login('admin'));
    await expect.poll(() => synonym(b, group.id), { timeout: 20_000, interval: 200 }).toEqual(group);

    await hub.stop();
    const earlier = await a.call('synonyms:save', { id: group.id, term: '飞线充电', forms: ['私拉电线', '楼道充电'] }, await a.login('admin'));
    await new Promise((done) => setTimeout(done, 5));
    const later = await b.call('synonyms:save', { id: group.id, term: '飞线充电', forms: ['私拉电线', '电瓶车充电'] }, await b.login('admin'));
    await hub.start();

    for (const seat of [a, b, desk]) await expect.poll(() => synonym(seat, group.id), { timeout: 20_000, interval: 200 }).toEqual(later);
    const { rows } = await pool.query<{ forms: string[] }>("SELECT data->'forms' AS forms FROM reference_records WHERE kind = 'synonym' AND id = $1", [group.id]);
    expect(rows).toEqual([{ forms: later.forms }]);
    const history = await pool.query<{ forms: string[] }>("SELECT data->'forms' AS forms FROM reference_history WHERE kind = 'synonym' AND id = $1 ORDER BY hlc", [group.id]);
    expect(history.rows.map((r) => r.forms)).toEqual([group.forms, earlier.forms, later.forms]);
    // The seat that lost keeps its own version in its history; the hub hands the others only the winner.
    const formsIn = (seat: CoreHarness) => seatHistory(seat, 'synonym', group.id).map((d) => (JSON.parse(d) as { forms: string[] }).forms);
    await expect.poll(() => formsIn(a)).toEqual([group.forms, earlier.forms, later.forms]);
    expect(formsIn(b)).toEqual([group.forms, later.forms]);
  });

  it('stay at a seat that is no admin seat: in force there, never pushed, and counted apart', async () => {
    const admin = await desk.login('admin');
    const group = await desk.call('synonyms:save', { id: null, term: '飞线充电', forms: ['私拉电线'] }, admin);
    expect(await synonym(desk, group.id)).toEqual(group);
    await expect.poll(() => status(desk), { timeout: 10_000 }).toMatchObject({ link: 'online', outbox: 0, referenceHeld: 1, quarantined: 0 });
    const { rows } = await pool.query("SELECT id FROM reference_records WHERE kind = 'synonym'");
    expect(rows).toEqual([]);
    expect((await desk.call('sync:status', {}, admin)).hub?.admin).toBe(false);
    expect((await a.call('sync:status', {}, await a.login('admin'))).hub?.admin).toBe(true);
  });
});
