// `npm start`: the desktop console where an Electron binary exists; browser mode where it cannot
// be downloaded (electron is an optional dependency, so its install may have been dropped).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// `node --import tsx` rather than node_modules/.bin/tsx: one process, so signals reach the program
// itself, and no .cmd shim on Windows.
const tsx = [process.execPath, '--import', 'tsx'];

const electron = electronBinary();
if (electron === undefined) {
  console.log('Electron binary not available here (no download); starting browser mode instead.');
  process.exit(await run(tsx[0], [...tsx.slice(1), join(root, 'scripts', 'start-web.ts'), ...args]));
}
build([process.execPath, join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
build([...tsx, join(root, 'scripts', 'build-electron.ts')]);
process.exit(await run(electron, [root, ...args]));

/** The electron package exports its binary's path, and throws if the binary was never fetched. */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function build([command, ...commandArgs]) {
  const { status } = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

/**
 * Runs the program and resolves with its exit code. On POSIX it gets its own process group, so a
 * Ctrl+C reaches it once, through us, rather than once from the terminal and again from us.
 */
function run(command, commandArgs) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env, detached: process.platform !== 'win32' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    let forwarded = false;
    process.on(signal, () => {
      // npm forwards signals to us as well: pass each kind on once and wait for the program to end.
      if (!forwarded) child.kill(signal);
      forwarded = true;
    });
  }
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}
