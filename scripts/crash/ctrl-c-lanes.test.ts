import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { tsx } from '../demo-town/child';

const root = resolve(import.meta.dirname, '../..');

/**
 * As a terminal does: one SIGINT to the whole foreground process group (tsx and the script), which
 * tsx also relays. The lanes must end their runs under way and the parent must print their tally,
 * not take the relay for a second press and stop them at once with nothing counted.
 */
test('one Ctrl+C in the terminal stops a run in lanes with the tally of what ran, checked', async () => {
  const child = spawn(tsx, ['scripts/crash.ts', '--runs', '40', '--parallel', '2', '--seed', '5'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let pressed = false;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out += chunk;
    // A few seconds after both lanes' seats are up: each has killed its seat a time or two by then.
    if (!pressed && (out.match(/seat up in/g) ?? []).length >= 2) {
      pressed = true;
      setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGINT'), 4000);
    }
  });
  const code = await new Promise<number | null>((done) => child.once('close', done));
  expect(out).toMatch(/stopped by Ctrl\+C after \d+ of 40 runs; OK in every lane for the runs made/);
  const runs = Number(/crash: 2 lanes, runs (\d+)/.exec(out)?.[1]);
  expect(runs).toBeGreaterThanOrEqual(2);
  expect(code).toBe(130);
}, 120_000);
