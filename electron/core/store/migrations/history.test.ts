import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { droppedVersions, migrations } from './index';

/**
 * Migrations are history: a database in the field was built by exactly these files. Each
 * released file is pinned by the hash of its content (line endings aside); a change to one
 * is a new migration, never an edit. A step that must go leaves its number as a gap, listed
 * in `droppedVersions` with why: the number is never used again.
 */
const pinned: Record<number, string> = {
  1: '477c82661f795308',
  2: 'dd37e4d86c686c80',
  3: '711941af9f80464c',
  4: 'a73a7ab22ac07af4',
  5: '953ba432fe47985b',
  6: '5fd9a3d012fd4236',
  7: 'a6f79fe437b7495e',
  8: 'aa177c4073f7c3f6',
  9: 'b4b43a7b453133e9',
  10: '318f772a78304a98',
  11: 'c650cf2ea846919e',
  12: '0cd8cbad6c6b9353',
  13: '2a1b8e1eb9e964b6',
  14: '607b6fca632f0862',
  15: '329210317c730f67',
  16: '96014887eef52e30',
  17: '5abbb383ca71c495',
  18: '93b693ca1d144c6f',
  19: '57626878f463ba78',
  20: 'ec82381d30d9217c',
  21: 'd06983f7ab22dfac',
  22: '84f2fdc408a886e2',
  23: 'de6875f13a38f20e',
  24: '26f99db453dab359',
};

const files = readdirSync(__dirname).filter((f) => /^\d{4}-.*\.ts$/.test(f) && !f.endsWith('.test.ts'));
const versionOf = (file: string) => Number(file.slice(0, 4));
const hashOf = (file: string) =>
  createHash('sha256').update(readFileSync(join(__dirname, file), 'utf8').replaceAll('\r\n', '\n')).digest('hex').slice(0, 16);

describe('the migration history', () => {
  for (const file of files) {
    it(`keeps ${file} as it was released`, () => {
      expect(hashOf(file), `${file} changed: write a new migration instead`).toBe(pinned[versionOf(file)]);
    });
  }

  it('has one file per listed version, and every number up to the latest either listed or dropped with a reason', () => {
    const listed = migrations.map((m) => m.version);
    expect(files.map(versionOf).sort((a, b) => a - b)).toEqual(listed);
    const latest = listed.at(-1) ?? 0;
    for (let v = 1; v <= latest; v++) expect(listed.includes(v) !== v in droppedVersions, `version ${v}`).toBe(true);
    for (const reason of Object.values(droppedVersions)) expect(reason.trim()).not.toBe('');
  });

  it('pins every released version', () => {
    expect(Object.keys(pinned).map(Number)).toEqual(migrations.map((m) => m.version));
  });
});
