import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PUSH_EVENTS } from '../../../shared/sync/wire';
import { openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { DATABASE_FILE } from '../open-core';
import { seedDemoCases } from '../seed/seed-demo-cases';
import { openDatabase } from '../store/db';
import { startStandInHub, type StandInHub } from './testing/stand-in-hub';

let seat: CoreHarness | null = null;
let hub: StandInHub | null = null;
afterEach(async () => {
  seat?.close();
  await hub?.close();
});

describe('a seat with a backlog', () => {
  it('drains it in batches no larger than a push may be, while its API keeps answering', async () => {
    const template = await openTestCore();
    template.core.close();
    const db = openDatabase(join(template.dataDir, DATABASE_FILE));
    seedDemoCases(db, { count: 2000, seed: 7 });
    db.close();
    const count = () => {
      const check = new Database(join(template.dataDir, DATABASE_FILE), { readonly: true });
      const n = (check.prepare("SELECT count(*) AS n FROM events WHERE seat_id = 'GH01'").get() as { n: number }).n;
      check.close();
      return n;
    };
    const backlog = count();
    expect(backlog).toBeGreaterThan(6 * MAX_PUSH_EVENTS);

    hub = await startStandInHub();
    seat = await openTestCore(template.dataDir, { syncTiming: { debounceMs: 50, idlePullMs: 200, firstBackoffMs: 100 } });
    const admin = await seat.login('admin');
    await seat.call('sync:enroll', { hubUrl: hub.url, code: hub.issueCode('GH01'), label: 'backlog' }, admin);
    const op = await seat.login('op01');
    let slowest = 0;
    await expect
      .poll(
        async () => {
          const t = performance.now();
          const { state } = await seat!.call('sync:status', {}, op);
          slowest = Math.max(slowest, performance.now() - t);
          return state.outbox;
        },
        { timeout: 60_000, interval: 50 },
      )
      .toBe(0);
    // Supervision may have carded overdue demo cases meanwhile: those events are pushed too.
    expect(hub.events().length).toBeGreaterThanOrEqual(backlog);
    expect(new Set(hub.events().map((e) => e.id)).size).toBe(hub.events().length);
    expect(hub.served.get('/v1/sync/push')).toBeGreaterThanOrEqual(Math.ceil(backlog / MAX_PUSH_EVENTS));
    expect(slowest).toBeLessThan(1000);
  });
});
