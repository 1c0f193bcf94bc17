import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../shared/sync/hlc';
import { referenceKey, type PushResponse, type ReferenceRecord } from '../../../shared/sync/wire';
import { openDatabase, type DB } from '../store/db';
import { queueReferenceEdit, referenceOutboxBatch } from '../store/reference-outbox';
import { listQuarantine } from '../store/sync-quarantine';
import { saveEnrollment } from '../store/sync-state';
import { readLinkState } from './read-link-state';
import type { HubClient } from './hub-client';
import { pushOutboxBatch } from './push-outbox';

const NOW = Date.parse('2026-12-01T02:00:00Z');

const edit = (id: string, ms: number): ReferenceRecord => ({
  kind: 'synonym',
  id,
  hlc: formatHlc({ wallMs: ms, counter: 0, node: 'GH01' }),
  data: { id, term: id, forms: ['x'], savedAt: new Date(ms).toISOString(), savedBy: 'user.admin' },
});

function seat(admin: boolean, edits: readonly ReferenceRecord[]): DB {
  const db = openDatabase(':memory:');
  saveEnrollment(db, { hubUrl: 'http://hub', seatId: 's', seatCode: 'GH01', townId: 't', scope: { scope: 'town' }, admin });
  for (const e of edits) queueReferenceEdit(db, e);
  return db;
}

/** A hub that answers each pushed reference write by a script, and remembers what it was sent. */
function scripted(answer: (keys: string[]) => Pick<PushResponse, 'acknowledged' | 'rejected'>): HubClient & { sent: string[][] } {
  const sent: string[][] = [];
  return {
    sent,
    push: (_events, _at, reference = []) => {
      const keys = reference.map((r) => referenceKey(r as ReferenceRecord));
      sent.push(keys);
      return Promise.resolve({ ...answer(keys), hubTime: new Date(NOW).toISOString(), skewMs: 0 });
    },
    pull: () => Promise.reject(new Error('not used')),
    enroll: () => Promise.reject(new Error('not used')),
    health: () => Promise.reject(new Error('not used')),
  };
}

describe('pushing reference edits', () => {
  it('takes an edit out of the outbox only once the hub acknowledged or refused it, and counts the rest', async () => {
    const edits = [edit('syn.a', NOW), edit('syn.b', NOW + 1), edit('syn.c', NOW + 2)];
    const db = seat(true, edits);
    const [a, b, c] = edits.map(referenceKey) as [string, string, string];
    const hub = scripted(() => ({ acknowledged: [a], rejected: [{ id: c, reason: 'invalid', detail: 'no' }] }));
    expect(await pushOutboxBatch(db, hub, 'GH01', () => NOW)).toMatchObject({ sent: 3, settled: 2, rejected: 1 });
    expect(referenceOutboxBatch(db, 10).map((q) => q.record.id)).toEqual(['syn.b']);
    expect(readLinkState(db, 'GH01', false)).toMatchObject({ outbox: 1, referenceHeld: 0, quarantined: 1 });
    expect(listQuarantine(db, 10)).toMatchObject([{ direction: 'push', eventId: c, reason: 'invalid' }]);
    await pushOutboxBatch(db, scripted((keys) => ({ acknowledged: keys, rejected: [] })), 'GH01', () => NOW);
    expect(hub.sent).toEqual([[a, b, c]]);
    expect(readLinkState(db, 'GH01', false)).toMatchObject({ outbox: 0 });
  });

  it('sends none from a seat that is no admin seat, and says they stay at the seat', async () => {
    const db = seat(false, [edit('syn.a', NOW)]);
    const hub = scripted((keys) => ({ acknowledged: keys, rejected: [] }));
    expect(await pushOutboxBatch(db, hub, 'GH01', () => NOW)).toBeNull();
    expect(hub.sent).toEqual([]);
    expect(readLinkState(db, 'GH01', false)).toMatchObject({ outbox: 0, referenceHeld: 1 });
  });
});
