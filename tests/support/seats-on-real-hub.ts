import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { SeatScope } from '../../shared/sync/wire';
import { createEnrollmentCode } from '../../hub/enroll/enroll';
import type { Pool } from '../../hub/store/db';
import { startHubCluster, type HubTestCluster } from '../../hub/testing/hub-fixture';
import { DEMO_TOWN_ID } from '../../hub/town/seed-demo-town';
import type { TestClock } from '../../electron/core/test-clock';
import { openTestCore, type CoreHarness } from './core-harness';
import { startRealHub, type RealHub } from './real-hub';

/** Sync timings short enough for a test to watch several rounds. */
export const fastSync = { debounceMs: 50, idlePullMs: 150, firstBackoffMs: 100 };

export interface SeatsOnRealHub {
  readonly pool: Pool;
  readonly hub: RealHub;
  /** The seats, in the order of their codes. */
  readonly seats: readonly CoreHarness[];
  /** Starts the hub again on the same database, on another clock. */
  restartHub(nowMs?: () => number): Promise<void>;
  /** Enrolls the seat with a one-time code the hub's admin made for this scope. */
  enroll(seat: CoreHarness, scope: SeatScope, admin?: boolean): Promise<void>;
}

/**
 * For a test file: a throwaway PostgreSQL with the demo town; for each test a fresh database, the
 * real hub on it (on `hubNowMs`, to play seats whose clocks are off) and a seat core for each code
 * (on `seatClock`, shared, to walk the seats' cases past their deadlines).
 */
export function useSeatsOnRealHub(seatCodes: readonly string[], hubNowMs?: () => number, seatClock?: TestClock): SeatsOnRealHub {
  let cluster: HubTestCluster;
  let pool: Pool;
  let hub: RealHub;
  let seats: CoreHarness[] = [];
  beforeAll(async () => {
    cluster = await startHubCluster();
  }, 60_000);
  afterAll(() => cluster.stop());
  beforeEach(async () => {
    ({ pool } = await cluster.database());
    hub = await startRealHub(pool, hubNowMs);
    seats = [];
    for (const seatCode of seatCodes) seats.push(await openTestCore(undefined, { seatCode, syncTiming: fastSync, testClock: seatClock }));
  });
  afterEach(async () => {
    for (const s of seats) s.close();
    await hub.stop();
  });
  return {
    get pool() {
      return pool;
    },
    get hub() {
      return hub;
    },
    get seats() {
      return seats;
    },
    async restartHub(nowMs) {
      await hub.stop();
      hub = await startRealHub(pool, nowMs);
    },
    async enroll(seat, scope, admin = false) {
      const { code } = await createEnrollmentCode(pool, { townId: DEMO_TOWN_ID, scope, admin });
      await seat.call('sync:enroll', { hubUrl: hub.url, code, label: 'desk' }, await seat.login('admin'));
    },
  };
}
