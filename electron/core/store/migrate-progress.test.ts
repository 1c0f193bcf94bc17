import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationPageText, startMigrationPage } from '../server/migration-page';
import { latestSchemaVersion, migrate, schemaVersion, type MigrationProgress } from './migrate';
import { migrateInWorker, migrationsPending } from './migrate-in-worker';

const storeAt = (version: number) => {
  const file = join(mkdtempSync(join(tmpdir(), 'lianxin-migrate-progress-')), 'lianxin.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, version);
  db.close();
  return file;
};

const fetchText = (url: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });

describe('upgrading an older store', () => {
  it('reports each pending migration as it starts and as it ends, in order', () => {
    const db = new Database(storeAt(14));
    const seen: MigrationProgress[] = [];
    migrate(db, undefined, (p) => seen.push(p));
    const pending = latestSchemaVersion - 14;
    expect(seen.map((p) => [p.version, p.step, p.steps, p.done])).toEqual(
      Array.from({ length: pending }, (_, i) => [
        [15 + i, i + 1, pending, false],
        [15 + i, i + 1, pending, true],
      ]).flat(),
    );
    expect(seen.every((p, i) => i === 0 || p.ms >= (seen[i - 1] as MigrationProgress).ms)).toBe(true);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    db.close();
  });

  it('runs on a worker thread, leaving this thread free, and finds nothing pending afterwards', async () => {
    const file = storeAt(14);
    expect(migrationsPending(file)).toEqual(Array.from({ length: latestSchemaVersion - 14 }, (_, i) => 15 + i));
    const seen: MigrationProgress[] = [];
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    await migrateInWorker(file, (p) => seen.push(p));
    clearInterval(ticker);
    expect(seen.at(-1)).toMatchObject({ version: latestSchemaVersion, done: true });
    expect(ticks).toBeGreaterThan(0);
    expect(migrationsPending(file)).toEqual([]);
  });

  it('shows a page on the port meanwhile, in Chinese and English, with the step and a progress bar', async () => {
    const page = await startMigrationPage(0);
    try {
      const waiting = await fetchText(page.url);
      expect(waiting.status).toBe(503);
      expect(waiting.body).toContain('正在准备升级数据库');
      page.update({ version: 16, step: 2, steps: 3, done: false, ms: 31_000 });
      const running = await fetchText(`${page.url}#/intake`);
      expect(running.body).toContain('第 2/3 步（架构版本 16）进行中');
      expect(running.body).toContain('step 2 of 3 (schema 16) running');
      expect(running.body).toMatch(/<progress max="100" value="33"/);
      expect(running.body).toContain('http-equiv="refresh"');
      expect(JSON.parse((await fetchText(`${page.url}progress`)).body)).toMatchObject({ version: 16, step: 2, steps: 3, percent: 33 });
      expect(migrationPageText({ version: 17, step: 3, steps: 3, done: true, ms: 1 }, 0, 0).percent).toBe(100);
    } finally {
      await page.close();
    }
  });
});
