import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../tests/support/core-harness';
import { rebuildProjections } from '../cases/rebuild-projections';
import { createLogger } from '../log';
import { DATABASE_FILE, openCore } from '../open-core';
import { openDatabase } from './db';

const root = resolve(import.meta.dirname, '../../..');

describe('a killed process', () => {
  it('loses no case it acknowledged, and leaves no half-written one', async () => {
    const seeded = await openTestCore();
    seeded.core.close();
    const dataDir = mkdtempSync(join(tmpdir(), 'lianxin-kill-'));
    cpSync(seeded.dataDir, dataDir, { recursive: true });

    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/support/file-cases-until-killed.ts'), dataDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged: string[] = [];
    let buffer = '';
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('child filed too few cases in 30 s')), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        acknowledged.push(...lines);
        if (acknowledged.length >= 40 && !child.killed) {
          clearTimeout(timer);
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () => done());
    });

    // Restarted as the console restarts: cases filed but not yet projected when it died are projected now.
    (await openCore({ dataDir, logger: createLogger('silent') })).close();
    const db = openDatabase(join(dataDir, DATABASE_FILE));
    const stored = new Set((db.prepare('SELECT number FROM cases').all() as { number: string }[]).map((r) => r.number));
    for (const number of acknowledged) expect(stored.has(number)).toBe(true);
    expect(rebuildProjections(db, { write: false }).mismatched).toEqual([]);
    const halfFiled = db.prepare("SELECT count(*) AS n FROM cases WHERE status != 'dispatched'").get() as { n: number };
    expect(halfFiled.n).toBe(0);
    db.close();
    seeded.close();
  });
});
