import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../../shared/case/events';
import { formatHlc } from '../../../shared/sync/hlc';
import { testUlid } from '../../../tests/support/ids';
import { registrationEvent } from '../../../tests/support/registration';
import { openDatabase } from '../store/db';
import { eventsForCase } from '../store/events';
import { queuedProjections } from '../store/projection-queue';
import { referenceHistory, referenceRecord } from '../store/reference-records';
import { listQuarantine } from '../store/sync-quarantine';
import { getSyncState } from '../store/sync-state';
import { applyPull } from './apply-pull';

const NOW = Date.parse('2026-12-01T02:00:00Z');
const CASE = testUlid(1, '01JC');
const hlc = (ms: number, node = 'GH02') => formatHlc({ wallMs: ms, counter: 0, node });
const registered = (n: number, ms = NOW - 60_000): CaseEvent =>
  registrationEvent({ id: testUlid(n), caseId: CASE, seatId: 'GH02', ms, number: 'GH02-20261201-0001', filedOffline: true });
const answer = (items: unknown[], cursor: number) => ({ items, cursor, more: false, hubTime: new Date(NOW).toISOString() });

describe('applying a pull', () => {
  it('quarantines a malformed or future-dated item with its reason, and still applies the items behind it', () => {
    const db = openDatabase(':memory:');
    const bad = { kind: 'event', seq: 1, event: { ...registered(2), hlc: 'yesterday' } };
    const future = { kind: 'event', seq: 2, event: registered(3, NOW + 3 * 24 * 3600_000) };
    const good = { kind: 'event', seq: 3, event: registered(4) };
    const result = applyPull(db, answer([bad, 'not even an object', future, good], 3), NOW);
    expect(result).toMatchObject({ applied: 1, quarantined: 3, caseIds: [CASE] });
    expect(eventsForCase(db, CASE).map((e) => e.id)).toEqual([testUlid(4)]);
    expect(queuedProjections(db, -1)).toEqual([CASE]);
    expect(getSyncState(db).cursor).toBe(3);
    const shown = listQuarantine(db, 10).reverse();
    expect(shown.map((q) => [q.direction, q.reason, q.hubSeq, q.eventId])).toEqual([
      ['pull', 'invalid', 1, testUlid(2)],
      ['pull', 'invalid', null, null],
      ['pull', 'future_dated', 2, testUlid(3)],
    ]);
    expect(shown[0]?.detail).toMatch(/^event\.hlc: /);
  });

  it('stores a re-delivered event once and never moves the cursor back', () => {
    const db = openDatabase(':memory:');
    const item = { kind: 'event', seq: 5, event: registered(4) };
    applyPull(db, answer([item], 5), NOW);
    const again = applyPull(db, answer([item], 2), NOW);
    expect(again).toMatchObject({ applied: 0, caseIds: [] });
    expect(eventsForCase(db, CASE)).toHaveLength(1);
    expect(getSyncState(db).cursor).toBe(5);
  });

  it('keeps the newest version of a reference record by HLC, and every version in its history', () => {
    const db = openDatabase(':memory:');
    const unit = (ms: number, name: string) => ({ kind: 'reference', seq: 1000 - ms, record: { kind: 'unit', id: 'unit.lvdi', hlc: hlc(NOW - ms, 'GH09'), data: { id: 'unit.lvdi', name, type: 'department', committeeId: null } } });
    applyPull(db, answer([unit(100, 'old'), unit(10, 'newest'), unit(50, 'middle')], 3), NOW);
    expect(referenceRecord(db, 'unit', 'unit.lvdi')?.data?.name).toBe('newest');
    expect(referenceHistory(db, 'unit', 'unit.lvdi').map((r) => r.data?.name)).toEqual(['old', 'middle', 'newest']);
  });
});
