import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export interface BrowserMode {
  readonly url: string;
  readonly dataDir: string;
  /** The started process (tsx, whose child runs the core): for harnesses that watch its memory. */
  readonly pid: number | undefined;
  /** False once the process has exited, for whatever reason. */
  alive(): boolean;
  /** Moves the core's test clock forward (only when started with `testClock: true`). */
  advanceClock(ms: number): Promise<void>;
  /**
   * SIGTERM, as a user's Ctrl+C or a service manager would; resolves with the exit code. A data
   * folder this made itself is removed then; one the caller gave is the caller's.
   */
  stop(): Promise<number | null>;
}

/** Starts `npm run start:web` as a user would (through its script), on a free port (or the one given) and the given data folder (or a new one). */
export async function startBrowserMode(given?: string, options: { testClock?: boolean; demoHistory?: boolean; port?: number } = {}): Promise<BrowserMode> {
  const dataDir = given ?? mkdtempSync(join(tmpdir(), 'lianxin-e2e-'));
  const removeOwnFolder = () => {
    if (given === undefined) rmSync(dataDir, { recursive: true, force: true });
  };
  const clockEnv = options.testClock ? { LIANXIN_TEST_CLOCK: '1' } : {};
  const child: ChildProcess = spawn(
    join(root, 'node_modules/.bin/tsx'),
    ['scripts/start-web.ts', '--port', String(options.port ?? 0), '--data', dataDir, ...(options.demoHistory ? [] : ['--empty'])],
    { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LIANXIN_LOG_LEVEL: 'silent', ...clockEnv } },
  );
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`browser mode did not start in 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /browser mode: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    pid: child.pid,
    alive: () => child.exitCode === null && child.signalCode === null,
    advanceClock: (ms) =>
      new Promise((done) => {
        if (!options.testClock) throw new Error('browser mode was started without a test clock');
        const before = output.length;
        const onData = () => {
          if (output.slice(before).includes('test clock:')) {
            child.stdout?.off('data', onData);
            done();
          }
        };
        child.stdout?.on('data', onData);
        child.stdin?.write(`advance ${ms}\n`);
      }),
    stop: () =>
      new Promise<number | null>((done) => {
        if (child.exitCode !== null) return done(child.exitCode);
        child.once('exit', (code) => done(code));
        child.kill('SIGTERM');
      }).finally(removeOwnFolder),
  };
}
