import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildProjections } from '../cases/rebuild-projections';
import { createLogger } from '../log';
import { DATABASE_FILE, openCore } from '../open-core';
import { openDatabase, type DB } from '../store/db';
import { pendingSearchCount } from '../store/search-index';
import { seedTownHistory, townHistoryDays } from './seed-town-history';

let dir: string;
let db: DB;
let played: ReturnType<typeof seedTownHistory>;
const now = new Date();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lianxin-town-history-'));
  (await openCore({ dataDir: dir, logger: createLogger('silent') })).close();
  db = openDatabase(join(dir, DATABASE_FILE));
  played = seedTownHistory(db, dir, join(dir, DATABASE_FILE), { cases: 4_000, seed: 5, now, log: createLogger('silent') });
}, 300_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

describe('a town history seeded for the benches', () => {
  it('is as many cases as asked over a season at least, most of them closed long ago, today’s open in many states', () => {
    expect(townHistoryDays(1_000_000)).toBe(1087);
    expect(played.days).toBe(90);
    const cases = count('SELECT count(*) AS n FROM cases');
    expect(cases).toBeGreaterThan(3_900);
    const open = count('SELECT count(*) AS n FROM case_sla WHERE open = 1');
    expect(open / cases).toBeLessThan(0.15);
    expect(count("SELECT count(*) AS n FROM cases WHERE status = 'closed'") / cases).toBeGreaterThan(0.7);
    const states = db.prepare('SELECT DISTINCT c.status FROM cases c JOIN case_sla s ON s.case_id = c.id WHERE s.open = 1').pluck().all();
    expect(states).toEqual(expect.arrayContaining(['registered', 'dispatched', 'accepted', 'contacted', 'replied', 'return_requested', 'extension_requested']));
    const oldest = db.prepare('SELECT min(registered_at) FROM cases').pluck().get() as string;
    expect((now.getTime() - Date.parse(oldest)) / 86_400_000).toBeGreaterThan(88);
  });

  it('has running clocks ok, in warning and overdue, with cards where the live days ran late', () => {
    const at = now.toISOString();
    const read = (where: string) => count(`SELECT count(*) AS n FROM case_clocks WHERE ended_at IS NULL AND ${where}`, at, at);
    expect(read('warn_at > ? AND deadline > ?')).toBeGreaterThan(0);
    expect(read('warn_at <= ? AND deadline > ?')).toBeGreaterThan(0);
    expect(read('deadline <= ? AND deadline <= ?')).toBeGreaterThan(0);
    expect(count("SELECT count(*) AS n FROM events WHERE type = 'case.supervised'")).toBeGreaterThan(0);
  });

  it('is what the loop writes: projections equal the fold of their events, search indexed, the file whole', () => {
    expect(rebuildProjections(db, { write: false })).toMatchObject({ mismatched: [], pending: 0, countsDiffered: false });
    expect(pendingSearchCount(db)).toBe(0);
    expect(count('SELECT count(*) AS n FROM case_text')).toBe(count('SELECT count(*) AS n FROM cases'));
    expect(count('SELECT count(*) AS n FROM assessment_facts')).toBe(count('SELECT count(*) AS n FROM cases'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('plays only into a fresh demo store', () => {
    expect(() => seedTownHistory(db, dir, join(dir, DATABASE_FILE), { cases: 10, seed: 1, now, log: createLogger('silent') })).toThrow(/already holds events/);
  });
});
