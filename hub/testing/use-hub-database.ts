import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Pool } from '../store/db';
import { startHubCluster, testHub, type HubTestCluster } from './hub-fixture';

export interface HubTestContext {
  readonly cluster: HubTestCluster;
  /** A fresh migrated, demo-seeded database for the current test. */
  readonly pool: Pool;
  /** A hub on that database, driven with `inject`. */
  readonly hub: FastifyInstance;
}

/** One throwaway PostgreSQL for the test file, a fresh database and hub for each test. */
export function useHubDatabase(): HubTestContext {
  let cluster: HubTestCluster | undefined;
  let current: { pool: Pool; hub: FastifyInstance } | undefined;
  beforeAll(async () => {
    cluster = await startHubCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());
  beforeEach(async () => {
    if (!cluster) throw new Error('no cluster');
    const { pool } = await cluster.database();
    current = { pool, hub: await testHub(pool) };
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('used outside a test');
    return value;
  };
  return {
    get cluster() {
      return need(cluster);
    },
    get pool() {
      return need(current).pool;
    },
    get hub() {
      return need(current).hub;
    },
  };
}
