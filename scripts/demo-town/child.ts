import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** tsx itself, never through npm: npm's wrapper would survive a kill of its child and keep the port. */
export const tsx = join(root, 'node_modules/.bin/tsx');

export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  /** Resolves with the first output line matching the pattern; rejects if the child exits first or the time runs out. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Every output line so far that matches. */
  lines(pattern: RegExp): string[];
  /** SIGTERM to its process group, SIGKILL after graceMs; resolves when it is gone. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL to its process group at once, as a crash or a pulled plug. */
  kill(): Promise<void>;
}

/**
 * A child in its own process group, its output kept line by line (and echoed with a name tag when
 * `echo`). Its args start with a TypeScript file run by tsx, or with `bundled` a JavaScript file run by Node itself.
 */
export function startChild(name: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; echo?: boolean; bundled?: boolean } = {}): Child {
  const child = spawn(options.bundled ? process.execPath : tsx, [...args], { cwd: root, env: { ...process.env, ...options.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const seen: string[] = [];
  const waiters = new Set<() => void>();
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split(/\r?\n|\r/);
      rest = parts.pop() ?? '';
      for (const line of parts) {
        seen.push(line);
        if (options.echo) console.log(`[${name}] ${line}`);
      }
      for (const w of waiters) w();
    });
  }
  const signal = (s: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, s);
    } catch {
      // Already gone.
    }
  };
  return {
    name,
    process: child,
    waitFor(pattern, timeoutMs) {
      return new Promise((done, fail) => {
        const check = () => {
          for (const line of seen) {
            const m = pattern.exec(line);
            if (m) return finish(() => done(m));
          }
        };
        const timer = setTimeout(() => finish(() => fail(new Error(`${name}: no ${pattern} within ${timeoutMs} ms\n${seen.slice(-20).join('\n')}`))), timeoutMs);
        const finish = (then: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          then();
        };
        void exited.then(() => finish(() => fail(new Error(`${name} exited before ${pattern}\n${seen.slice(-20).join('\n')}`))));
        waiters.add(check);
        check();
      });
    },
    lines: (pattern) => seen.filter((l) => pattern.test(l)),
    async stop(graceMs = 10_000) {
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      signal('SIGKILL');
      await exited;
    },
  };
}
