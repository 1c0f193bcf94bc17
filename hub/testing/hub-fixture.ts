import type { FastifyInstance } from 'fastify';
import { ulid } from 'ulid';
import type { CaseEvent } from '../../shared/case/events';
import { formatHlc } from '../../shared/sync/hlc';
import { EnrollResponse, SYNC_PROTOCOL_VERSION, type SeatScope } from '../../shared/sync/wire';
import { createEnrollmentCode, enrollSeat } from '../enroll/enroll';
import { buildHub } from '../server/app';
import { openPool, type Pool } from '../store/db';
import { migrate } from '../store/migrate';
import { DEMO_TOWN_ID, seedDemoTown } from '../town/seed-demo-town';
import { startTestPostgres, type TestPostgres } from './pg-server';

/** One throwaway PostgreSQL per test file, and a migrated, demo-seeded template each test copies. */
export interface HubTestCluster {
  readonly pg: TestPostgres;
  /** A fresh hub database for one test (a copy of the template: migrated, demo town seeded). */
  database(): Promise<{ url: string; pool: Pool }>;
  stop(): Promise<void>;
}

export async function startHubCluster(options: { durable?: boolean } = {}): Promise<HubTestCluster> {
  const pg = await startTestPostgres(options);
  const template = await pg.createDatabase();
  const seedPool = openPool(template, 2);
  await migrate(seedPool);
  await seedDemoTown(seedPool);
  await seedPool.end();
  const pools: Pool[] = [];
  return {
    pg,
    async database() {
      const url = await pg.createDatabase(template);
      const pool = openPool(url, 24);
      pools.push(pool);
      return { url, pool };
    },
    async stop() {
      await Promise.all(pools.filter((p) => !p.ended).map((p) => p.end()));
      pg.stop();
    },
  };
}

export async function enrollTestSeat(pool: Pool, scope: SeatScope = { scope: 'town' }, admin = false): Promise<EnrollResponse> {
  const { code } = await createEnrollmentCode(pool, { townId: DEMO_TOWN_ID, scope, admin });
  return enrollSeat(pool, { code, label: `test ${scope.scope}` });
}

export async function testHub(pool: Pool, rateLimitPerMinute = 100_000): Promise<FastifyInstance> {
  return buildHub({ pool, version: 'test', rateLimitPerMinute });
}

/** Builds valid events of the demo town: a case registered at a seat, then acted on. */
export class CaseScript {
  private counter = 0;
  readonly caseId = ulid();
  constructor(
    readonly seatCode: string,
    private readonly startMs = Date.now(),
  ) {}

  private envelope(actorId: string) {
    return {
      id: ulid(),
      caseId: this.caseId,
      seatId: this.seatCode,
      hlc: formatHlc({ wallMs: this.startMs, counter: this.counter++, node: this.seatCode }),
      actorId,
    };
  }

  registered(): CaseEvent {
    return {
      ...this.envelope('user.op01'),
      type: 'case.registered',
      payload: {
        number: `${this.seatCode}-${this.caseId.slice(-6)}`,
        kind: 'help',
        urgency: 'normal',
        categoryId: 'cat.meal',
        committeeId: 'cmt.lvdi',
        caller: { phone: '13800000000', name: '王先生' },
        address: '高行镇绿地小区',
        description: '老人助餐点午餐送达太晚',
        registeredAt: new Date(this.startMs).toISOString(),
        filedOffline: false,
      },
    };
  }

  dispatched(unitId: string): CaseEvent {
    return { ...this.envelope('user.disp01'), type: 'case.dispatched', payload: { unitId, note: '' } };
  }

  whistled(unitIds: string[], actorId = 'user.h-zhucan'): CaseEvent {
    return { ...this.envelope(actorId), type: 'case.whistled', payload: { unitIds, question: '请协助' } };
  }

  noted(note: string, actorId = 'user.op01'): CaseEvent {
    return { ...this.envelope(actorId), type: 'case.noted', payload: { unitId: null, note } };
  }
}

export function pushBody(events: readonly unknown[], reference: readonly unknown[] = [], sentAt = new Date()) {
  return { protocol: SYNC_PROTOCOL_VERSION, sentAt: sentAt.toISOString(), events, reference };
}

export const bearer = (seat: { credential: string }) => ({ authorization: `Bearer ${seat.credential}` });
