import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { consoleTime, openToUsableForm, pageOptions } from './usable-form';

const nowEpoch = () => performance.timeOrigin + performance.now();

export interface StartTiming {
  /** Spawn → browser mode printed its URL (the core open, the server listening). */
  readonly serving: number;
  /** Spawn → intake's first field took a key in a fresh browser context, less the robot's typing of the login. */
  readonly usable: number;
}

/**
 * Starts browser mode as `npm run start:web` does (tsx, the script's own stale-build check) on
 * `dataDir`, and times it to a usable intake form; then stops it with SIGTERM and waits.
 */
export async function timeProcessStart(root: string, browser: Browser, dataDir: string): Promise<StartTiming> {
  const spawned = nowEpoch();
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['scripts/start-web.ts', '--port', '0', '--data', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LIANXIN_LOG_LEVEL: 'silent' },
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    let output = '';
    const url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`browser mode did not start in 120 s:\n${output}`)), 120_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /browser mode: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          done(match[1]);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => fail(new Error(`browser mode exited with ${code}:\n${output}`)));
    });
    const serving = nowEpoch() - spawned;
    const context = await browser.newContext(pageOptions);
    try {
      const marks = await openToUsableForm(context, url);
      return { serving, usable: marks.timeOrigin + consoleTime(marks) - spawned };
    } finally {
      await context.close();
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** The floor: a bare `node -e` that opens the same SQLite file with better-sqlite3, reads it once and exits. */
export async function timeBareOpen(root: string, dbFile: string): Promise<number> {
  const started = nowEpoch();
  const code = `const db = require('better-sqlite3')(process.argv[1]); db.prepare('SELECT count(*) FROM sqlite_master').get(); db.close();`;
  const child = spawn(process.execPath, ['-e', code, dbFile], { cwd: root, stdio: 'inherit' });
  await new Promise<void>((done, fail) => child.once('exit', (c) => (c === 0 ? done() : fail(new Error(`bare open exited with ${c}`)))));
  return nowEpoch() - started;
}
