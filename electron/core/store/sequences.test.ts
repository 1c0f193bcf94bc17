import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCaseNumber } from '../../../shared/case/case-number';
import { openDatabase, type DB } from './db';
import { nextCaseSequence } from './sequences';

let db: DB;
beforeEach(() => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'lianxin-seq-')), 'lianxin.db'));
});
afterEach(() => db.close());

const insert = (number: string) =>
  db
    .prepare(
      "INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record) VALUES (?, ?, 'registered', NULL, '2026-11-26T00:00:00Z', 'h', '{}')",
    )
    .run(`id-${number}`, number);

/** Files the next number of a seat's day the way the save does: take it, file it. */
const fileNext = (seat: string, day: string) => {
  const number = formatCaseNumber(seat, day, nextCaseSequence(db, seat, day));
  insert(number);
  return number;
};

describe('the daily case sequence', () => {
  it('starts at 1 for each seat and day, and follows the numbers already filed', () => {
    expect(fileNext('GH01', '2026-11-26')).toBe('GH01-20261126-0001');
    expect(fileNext('GH01', '2026-11-26')).toBe('GH01-20261126-0002');
    expect(fileNext('GH01', '2026-11-27')).toBe('GH01-20261127-0001');
    expect(fileNext('GH02', '2026-11-26')).toBe('GH02-20261126-0001');
    // A seat whose code starts like another's is a different seat.
    expect(fileNext('GH0', '2026-11-26')).toBe('GH0-20261126-0001');
    expect(fileNext('GH01', '2026-11-26')).toBe('GH01-20261126-0003');
  });

  it('keeps counting past the day’s 9,999th case, where text order and number order part', () => {
    for (const n of [9997, 9998, 9999]) insert(formatCaseNumber('GH01', '2026-11-26', n));
    expect(fileNext('GH01', '2026-11-26')).toBe('GH01-20261126-10000');
    expect(fileNext('GH01', '2026-11-26')).toBe('GH01-20261126-10001');
    expect(fileNext('GH01', '2026-11-27')).toBe('GH01-20261127-0001');
  });
});
