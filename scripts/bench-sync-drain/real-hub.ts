import { createEnrollmentCode } from '../../hub/enroll/enroll';
import { buildHub } from '../../hub/server/app';
import { openPool } from '../../hub/store/db';
import { heldEventCount } from '../../hub/store/events';
import { migrate } from '../../hub/store/migrate';
import { startTestPostgres } from '../../hub/testing/pg-server';
import { DEMO_TOWN_ID, seedDemoTown } from '../../hub/town/seed-demo-town';

/** The real hub on a durable throwaway PostgreSQL, with a town seat's code to enroll with, counting its pushes. */
export async function startBenchHub() {
  const pg = await startTestPostgres({ durable: true });
  const pool = openPool(await pg.createDatabase(), 10);
  await migrate(pool);
  await seedDemoTown(pool);
  const app = await buildHub({ pool, version: 'bench', rateLimitPerMinute: 1_000_000 });
  let pushes = 0;
  app.addHook('onResponse', async (request) => {
    if (request.url === '/v1/sync/push') pushes++;
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const { code } = await createEnrollmentCode(pool, { townId: DEMO_TOWN_ID, scope: { scope: 'town' }, admin: false });
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    code,
    async stats() {
      return { pushes, held: await heldEventCount(pool) };
    },
    async close() {
      await app.close();
      await pool.end();
      pg.stop();
    },
  };
}
