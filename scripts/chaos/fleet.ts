import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../electron/core/log';
import { DATABASE_FILE, openCore } from '../../electron/core/open-core';
import { openDatabase } from '../../electron/core/store/db';
import { setMeta } from '../../electron/core/store/meta';
import { freePort } from '../../hub/cli/free-port';
import { HUB_NODE_FLAGS } from '../../hub/cli/node-flags';
import { startChild, type Child } from '../demo-town/child';

/** A process of the fleet that chaos kills and starts again, on the same port (and the same data folder for a seat). */
export interface Restartable {
  readonly name: string;
  readonly port: number;
  up(): boolean;
  start(): Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

function restartable(name: string, port: number, args: readonly string[], ready: RegExp, env: NodeJS.ProcessEnv, bundled: boolean): Restartable {
  let child: Child | null = null;
  // A process still starting is stopped too: a Ctrl+C or a failure mid-restart must not leave it running.
  let starting: { child: Child; ready: Promise<unknown> } | null = null;
  const take = () => {
    const c = child ?? starting?.child ?? null;
    child = null;
    starting = null;
    return c;
  };
  return {
    name,
    port,
    up: () => child !== null,
    async start() {
      if (child) return;
      if (starting) return void (await starting.ready);
      const next = startChild(name, args, { env, bundled });
      const up = next.waitFor(ready, 180_000);
      starting = { child: next, ready: up };
      try {
        await up;
      } catch (error) {
        if (starting?.child === next) starting = null;
        throw error;
      }
      // Stopped or killed while it started: it is gone, not up.
      if (starting?.child !== next) return;
      starting = null;
      child = next;
    },
    kill: async () => take()?.kill(),
    stop: async () => take()?.stop(),
  };
}

/** `bundle`: the entry's JavaScript bundle (scripts/crash/bundle.ts), started without tsx. */
export async function hubProcess(index: number, databaseUrl: string, bundle?: string): Promise<Restartable> {
  const port = await freePort();
  return restartable(`hub ${index + 1}`, port, [...HUB_NODE_FLAGS, bundle ?? 'hub/cli/main.ts', '--port', String(port)], /listening on/, { DATABASE_URL: databaseUrl }, bundle !== undefined);
}

/** One seeded store, copied for every seat: seeding hashes every demo password, once is enough. */
export async function seatTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lianxin-chaos-template-'));
  (await openCore({ dataDir: dir, logger: createLogger('silent') })).close();
  return dir;
}

export async function seatProcess(code: string, template: string, root: string, bundle?: string): Promise<Restartable & { readonly dbFile: string; readonly url: string }> {
  const dataDir = join(root, code);
  cpSync(template, dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  setMeta(db, 'seat.code', code);
  db.close();
  const port = await freePort();
  const args = [bundle ?? 'scripts/start-web.ts', '--port', String(port), '--data', dataDir, '--empty'];
  const seat = restartable(`seat ${code}`, port, args, /Lianxin browser mode:/, { LIANXIN_LOG_LEVEL: 'silent' }, bundle !== undefined);
  return { ...seat, dbFile: join(dataDir, DATABASE_FILE), url: `http://127.0.0.1:${port}/` };
}
