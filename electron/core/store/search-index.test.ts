import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type DB } from './db';
import { indexPendingCases, pendingSearchCount } from './search-index';

const matches = (db: DB, table: 'case_text' | 'case_grams', phrase: string) =>
  db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).all(`"${phrase}"`).length;

function fileCase(db: DB, id: string, description: string): void {
  db.prepare(
    `INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record)
     VALUES (?, ?, 'registered', NULL, '2026-11-26T00:00:00Z', 'h', ?)`,
  ).run(id, `GH01-20261126-${id}`, JSON.stringify({ caller: { name: '王阿姨', phone: '' }, address: '金京路', description }));
}

describe('deferred search indexing', () => {
  it('queues a saved case in its own transaction and makes it searchable when the queue is indexed', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'lianxin-search-')), 'lianxin.db'));
    fileCase(db, '0001', '楼下饭店油烟很大');
    expect(pendingSearchCount(db)).toBe(1);
    expect(matches(db, 'case_text', '饭店油烟')).toBe(0);

    expect(indexPendingCases(db, 100)).toBe(1);
    expect(pendingSearchCount(db)).toBe(0);
    expect(matches(db, 'case_text', '饭店油烟')).toBe(1);
    expect(matches(db, 'case_grams', '油烟')).toBe(1);

    db.prepare("UPDATE cases SET record = json_set(record, '$.description', '夜间施工噪音') WHERE id = '0001'").run();
    expect(pendingSearchCount(db)).toBe(1);
    indexPendingCases(db, 100);
    expect(matches(db, 'case_text', '饭店油烟')).toBe(0);
    expect(matches(db, 'case_text', '施工噪音')).toBe(1);
    db.close();
  });

  it('works a long queue off in batches, oldest first', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'lianxin-search-')), 'lianxin.db'));
    for (let i = 1; i <= 5; i++) fileCase(db, String(i).padStart(4, '0'), `第${i}号：路灯不亮`);
    expect(indexPendingCases(db, 2)).toBe(2);
    expect(pendingSearchCount(db)).toBe(3);
    expect(matches(db, 'case_text', '路灯不亮')).toBe(2);
    while (indexPendingCases(db, 2) > 0);
    expect(matches(db, 'case_text', '路灯不亮')).toBe(5);
    db.close();
  });
});
