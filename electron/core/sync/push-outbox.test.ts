import { describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../shared/sync/wire';
import { commitCaseEvents } from '../cases/commit';
import { openDatabase, writeTransaction, type DB } from '../store/db';
import { eventSkew, outboxSize } from '../store/sync-outbox';
import { listQuarantine } from '../store/sync-quarantine';
import { getSyncState } from '../store/sync-state';
import { testUlid } from '../../../tests/support/ids';
import { registrationEvent } from '../../../tests/support/registration';
import { formatHlc } from '../../../shared/sync/hlc';
import type { CaseEvent } from '../../../shared/case/events';
import type { HubClient } from './hub-client';
import { pushOutboxBatch } from './push-outbox';

const NOW = Date.parse('2026-12-01T02:00:00Z');

function seatWithEvents(n: number): { db: DB; ids: string[] } {
  const db = openDatabase(':memory:');
  const caseId = testUlid(1, '01JC');
  const events: CaseEvent[] = Array.from({ length: n }, (_, i) =>
    i === 0
      ? registrationEvent({ id: testUlid(10), caseId, seatId: 'GH01', ms: NOW, number: 'GH01-20261201-0001' })
      : { id: testUlid(10 + i), caseId, seatId: 'GH01', hlc: formatHlc({ wallMs: NOW + i, counter: 0, node: 'GH01' }), actorId: 'user.op01', type: 'case.noted', payload: { unitId: null, note: `第${i}条` } },
  );
  writeTransaction(db, (tx) => commitCaseEvents(tx, caseId, events)).immediate();
  return { db, ids: events.map((e) => e.id) };
}

/** A hub answer scripted per test: which of the pushed ids it settles, and how. */
const scripted = (answer: (ids: string[]) => Omit<PushResponse, 'hubTime'>): HubClient & { pushed: string[][] } => {
  const pushed: string[][] = [];
  return {
    pushed,
    push: (events) => {
      const ids = events.map((e) => (e as { id: string }).id);
      pushed.push(ids);
      return Promise.resolve({ ...answer(ids), hubTime: new Date(NOW).toISOString() });
    },
    pull: () => Promise.reject(new Error('not used')),
    enroll: () => Promise.reject(new Error('not used')),
    health: () => Promise.reject(new Error('not used')),
  };
};

describe('pushing the outbox', () => {
  it('lets events leave only as far as the hub settled them, and sends the unanswered one again', async () => {
    const { db, ids } = seatWithEvents(4);
    // The first answer leaves the third event out; the next one settles everything it is sent.
    const hub = scripted((sent) => ({ acknowledged: hub.pushed.length === 1 ? sent.filter((id) => id !== ids[2]) : sent, rejected: [], skewMs: 0 }));
    expect(await pushOutboxBatch(db, hub, 'GH01', () => NOW)).toMatchObject({ sent: 4, settled: 2 });
    expect(outboxSize(db, 'GH01', getSyncState(db).pushedThrough)).toBe(2);
    await pushOutboxBatch(db, hub, 'GH01', () => NOW);
    expect(hub.pushed[1]).toEqual([ids[2], ids[3]]);
    expect(outboxSize(db, 'GH01', getSyncState(db).pushedThrough)).toBe(0);
  });

  it('takes a rejected event out of the outbox and keeps it visible in the quarantine', async () => {
    const { db, ids } = seatWithEvents(2);
    const hub = scripted((sent) => ({ acknowledged: sent.slice(1), rejected: [{ id: sent[0] ?? '', reason: 'unknown_actor', detail: 'user.op01 is not in this town' }], skewMs: 0 }));
    expect(await pushOutboxBatch(db, hub, 'GH01', () => NOW)).toMatchObject({ settled: 2, rejected: 1 });
    expect(outboxSize(db, 'GH01', getSyncState(db).pushedThrough)).toBe(0);
    expect(listQuarantine(db, 10)).toMatchObject([{ direction: 'push', eventId: ids[0], reason: 'unknown_actor', detail: 'user.op01 is not in this town' }]);
  });

  it('refuses an answer that settles nothing instead of looping on it', async () => {
    const { db } = seatWithEvents(2);
    const hub = scripted(() => ({ acknowledged: [], rejected: [], skewMs: 0 }));
    await expect(pushOutboxBatch(db, hub, 'GH01', () => NOW)).rejects.toMatchObject({ code: 'hub_refused' });
    expect(outboxSize(db, 'GH01', getSyncState(db).pushedThrough)).toBe(2);
  });

  it('flags the events of a seat whose clock is more than five minutes off the hub, and only then', async () => {
    const { db, ids } = seatWithEvents(2);
    const skewMs = 7 * 60_000;
    await pushOutboxBatch(db, scripted((sent) => ({ acknowledged: sent, rejected: [], skewMs })), 'GH01', () => NOW);
    expect(ids.map((id) => eventSkew(db, id))).toEqual([skewMs, skewMs]);
    expect(getSyncState(db).skewMs).toBe(skewMs);
    const calm = seatWithEvents(1);
    await pushOutboxBatch(calm.db, scripted((sent) => ({ acknowledged: sent, rejected: [], skewMs: 4 * 60_000 })), 'GH01', () => NOW);
    expect(eventSkew(calm.db, calm.ids[0] ?? '')).toBeNull();
  });
});
