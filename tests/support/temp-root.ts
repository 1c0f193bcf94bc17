import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The global setup of the vitest and Playwright runs: every temporary folder a test, a server or
 * a browser it starts makes (`os.tmpdir()` reads TMPDIR) goes under one folder of this run, removed
 * when the run ends, so a test that forgets its folder, or is stopped mid-way, leaves nothing behind.
 */
export default function tempRoot(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'lianxin-tests-'));
  // Run as root, the test PostgreSQL runs as the postgres user, which must pass through to its
  // own folder; each folder inside is made by mkdtemp and stays its owner's alone.
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
