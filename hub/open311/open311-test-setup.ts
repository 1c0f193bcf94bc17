import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Pool } from '../store/db';
import { startHubCluster, type HubTestCluster } from '../testing/hub-fixture';
import { startOpen311Hub, type Open311TestHub } from '../testing/open311-client';
import { DEMO_TOWN_ID } from '../town/seed-demo-town';
import { demoApiKey } from './api-keys';

/** Per test: a fresh demo hub database, the demo app's key, and a hub listening on 127.0.0.1. */
export interface Open311Context {
  pool: Pool;
  hub: Open311TestHub;
  key: string;
}

export function useOpen311Hub(postsPerMinute?: number): Open311Context {
  let cluster: HubTestCluster;
  const ctx = {} as Open311Context;
  beforeAll(async () => {
    cluster = await startHubCluster();
  }, 60_000);
  afterAll(() => cluster.stop());
  beforeEach(async () => {
    ({ pool: ctx.pool } = await cluster.database());
    ctx.key = await demoApiKey(ctx.pool, DEMO_TOWN_ID);
    ctx.hub = await startOpen311Hub(ctx.pool, postsPerMinute);
  });
  afterEach(() => ctx.hub.close());
  return ctx;
}

/** 绿地居委's centre, a few metres off: a request there is the committee's. */
export const lvdiPoint = { lat: '31.30855', long: '121.60418' };
