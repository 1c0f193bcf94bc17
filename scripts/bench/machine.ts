import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';

/** Where and on what a bench run was measured: the figures mean little without it. */
export interface RunContext {
  readonly machine: { cpu: string; cores: number; ramGb: number; os: string; node: string; loadAverageAtStart: number[] };
  readonly commit: string;
  /** Asia/Shanghai, the town's time. */
  readonly date: string;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${type()} ${release()})`;
  } catch {
    // Not Linux, or no os-release: the kernel's name will do.
  }
  return `${type()} ${release()}`;
}

function commit(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function runContext(root: string, at = new Date()): RunContext {
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(at);
  return {
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      ramGb: Math.round(totalmem() / 2 ** 30),
      os: osName(),
      node: process.version,
      loadAverageAtStart: loadavg().map((l) => Math.round(l * 10) / 10),
    },
    commit: commit(root),
    date: `${date} Asia/Shanghai`,
  };
}
