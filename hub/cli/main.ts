/**
 * `npm run hub -- …`: the sync hub (see args.ts for the commands). Prints its URL; SIGINT and
 * SIGTERM close the HTTP server, the connection pool and the embedded database, in that order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEnrollmentCode } from '../enroll/enroll';
import { createApiKey, demoApiKey, revokeApiKey } from '../open311/api-keys';
import { buildHub } from '../server/app';
import { openPool, type Pool } from '../store/db';
import { migrate } from '../store/migrate';
import { revokeSeat } from '../store/seats';
import { DEMO_TOWN_ID, seedDemoTown } from '../town/seed-demo-town';
import { parseHubArgs, usage, UsageError, type HubArgs } from './args';
import { startEmbeddedDatabase, type RunningDatabase } from './embedded-database';

const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

async function openDatabase(dataDir: string): Promise<{ pool: Pool; embedded: RunningDatabase | null; where: string }> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { pool: openPool(fromEnv), embedded: null, where: `DATABASE_URL (${new URL(fromEnv).host})` };
  const dir = resolve(dataDir);
  const embedded = await startEmbeddedDatabase(dir);
  return { pool: openPool(embedded.url), embedded, where: `embedded PostgreSQL, data in ${dir}` };
}

async function run(args: HubArgs): Promise<void> {
  const { pool, embedded, where } = await openDatabase(args.dataDir);
  const closeDatabase = async () => {
    await pool.end();
    await embedded?.stop();
  };
  try {
    await migrate(pool);
    const { command } = args;
    if (command.kind === 'enroll-code') {
      const { code, expiresAt } = await createEnrollmentCode(pool, { townId: command.town, scope: command.scope, admin: command.admin });
      console.log(`Enrollment code: ${code} (one use, until ${expiresAt})`);
      return await closeDatabase();
    }
    if (command.kind === 'revoke-seat') {
      const revoked = await revokeSeat(pool, command.town, command.seatCode);
      console.log(revoked ? `Seat ${command.seatCode} revoked` : `No active seat ${command.seatCode} in ${command.town}`);
      process.exitCode = revoked ? 0 : 1;
      return await closeDatabase();
    }
    if (command.kind === 'open311-key') {
      const key = await createApiKey(pool, { id: command.clientId, townId: command.town, label: command.label });
      console.log(`Open311 API key for ${command.clientId} (${command.town}; shown once): ${key}`);
      return await closeDatabase();
    }
    if (command.kind === 'revoke-open311-key') {
      const revoked = await revokeApiKey(pool, command.clientId);
      console.log(revoked ? `Open311 API key of ${command.clientId} revoked` : `No active Open311 API key for ${command.clientId}`);
      process.exitCode = revoked ? 0 : 1;
      return await closeDatabase();
    }
    if (command.demo) {
      const seeded = await seedDemoTown(pool);
      console.log(seeded ? 'Demo town 高行镇 seeded (demo data).' : 'Demo town 高行镇 already present.');
      const centre = await createEnrollmentCode(pool, { townId: DEMO_TOWN_ID, scope: { scope: 'town' }, admin: true });
      const lvdi = await createEnrollmentCode(pool, { townId: DEMO_TOWN_ID, scope: { scope: 'unit', unitId: 'unit.cmt.lvdi' }, admin: false });
      console.log(`Enrollment code, hotline centre (town, admin): ${centre.code}`);
      console.log(`Enrollment code, 绿地居委会 desk (unit.cmt.lvdi): ${lvdi.code}`);
      console.log(`Open311 API key, demo reporting app (demo-app): ${await demoApiKey(pool, DEMO_TOWN_ID)}`);
    }
    const app = await buildHub({ pool, version });
    await app.listen({ port: command.port, host: command.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : command.port;
    console.log(`Lianxin hub ${version} listening on http://${command.host}:${port}/ (${where})`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: stopping the hub`);
      void app
        .close()
        .then(closeDatabase)
        .then(() => console.log('Hub stopped cleanly'))
        .catch((err: unknown) => {
          console.error(err);
          process.exitCode = 1;
        });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  } catch (err) {
    await closeDatabase().catch(() => undefined);
    throw err;
  }
}

try {
  await run(parseHubArgs(process.argv.slice(2)));
} catch (err) {
  console.error(err instanceof UsageError ? `${err.message}\n${usage}` : err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
