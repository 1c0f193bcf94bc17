import { isDeepStrictEqual } from 'node:util';
import type { CaseEvent } from '../../shared/case/events';
import { foldCase } from '../../shared/case/fold';
import type { CaseRecord } from '../../shared/case/record';
import { maySeeCase, type Viewer } from '../../shared/case/visibility';
import { getCaseRecord } from '../../electron/core/store/cases';
import { openDatabase } from '../../electron/core/store/db';
import { allCaseIds, eventsForCase } from '../../electron/core/store/events';
import { townCaseRecords } from '../../hub/store/cases';
import type { Pool } from '../../hub/store/db';
import { eventsOfCases } from '../../hub/store/events';
import { DEMO_TOWN_ID } from '../../hub/town/seed-demo-town';

export interface SeatOnDisk {
  readonly code: string;
  readonly dbFile: string;
  readonly viewer: Viewer;
  /** Cases whose filing this seat's API acknowledged. */
  readonly filed: ReadonlySet<string>;
}

export interface Verdict {
  readonly hubCases: number;
  readonly hubEvents: number;
  readonly seats: { code: string; cases: number; events: number; own: number }[];
  readonly problems: string[];
}

/** What the hub holds of the demo town: each case's record and its events. */
export async function readHub(pool: Pool): Promise<{ records: Map<string, CaseRecord>; events: Map<string, CaseEvent[]> }> {
  const records = new Map((await townCaseRecords(pool, DEMO_TOWN_ID)).map((r) => [r.id, r]));
  const client = await pool.connect();
  try {
    const stored = await eventsOfCases(client, [...records.keys()]);
    return { records, events: new Map([...stored].map(([id, list]) => [id, list.map((s) => s.event)])) };
  } finally {
    client.release();
  }
}

/** Equal as the wire would carry them: key order and undefined fields do not count. */
const same = (a: unknown, b: unknown) => isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));
const ids = (events: readonly CaseEvent[]) => events.map((e) => e.id).sort();

/**
 * The end state the chaos must leave: every event a seat holds of its own is on the hub, every
 * acknowledged filing survived, no event twice, each seat holds exactly the cases it is entitled
 * to with exactly the hub's events, and its projection equals both its refold and the hub's.
 */
export async function verify(pool: Pool, seats: readonly SeatOnDisk[]): Promise<Verdict> {
  const hub = await readHub(pool);
  const problems: string[] = [];
  const hubIds = new Set<string>();
  for (const [caseId, events] of hub.events) {
    for (const e of events) {
      if (hubIds.has(e.id)) problems.push(`hub holds event ${e.id} twice`);
      hubIds.add(e.id);
    }
    if (events.filter((e) => e.type === 'case.registered').length !== 1) problems.push(`hub case ${caseId} is registered other than once`);
    if (!same(foldCase(events), hub.records.get(caseId))) problems.push(`hub projection of ${caseId} differs from the fold of its events`);
  }
  const report = [];
  for (const seat of seats) {
    const db = openDatabase(seat.dbFile);
    try {
      const caseIds = allCaseIds(db);
      let events = 0;
      let own = 0;
      for (const f of seat.filed) if (!caseIds.includes(f)) problems.push(`${seat.code} lost case ${f} its API had acknowledged`);
      for (const caseId of caseIds) {
        const local = eventsForCase(db, caseId);
        events += local.length;
        for (const e of local) {
          if (e.seatId !== seat.code) continue;
          own++;
          if (!hubIds.has(e.id)) problems.push(`${seat.code}'s event ${e.id} never reached the hub`);
        }
        const record = hub.records.get(caseId);
        if (!record) continue;
        if (!maySeeCase(seat.viewer, record)) problems.push(`${seat.code} holds case ${caseId} it is not entitled to`);
        if (!same(ids(local), ids(hub.events.get(caseId) ?? []))) problems.push(`${seat.code}'s events of ${caseId} differ from the hub's`);
        const projected = getCaseRecord(db, caseId);
        if (!same(projected, foldCase(local))) problems.push(`${seat.code}'s projection of ${caseId} differs from its refold`);
        if (!same(projected, record)) problems.push(`${seat.code}'s projection of ${caseId} differs from the hub's`);
      }
      const held = new Set(caseIds);
      for (const [caseId, record] of hub.records) {
        if (maySeeCase(seat.viewer, record) && !held.has(caseId)) problems.push(`${seat.code} lacks case ${caseId} it is entitled to`);
      }
      report.push({ code: seat.code, cases: caseIds.length, events, own });
    } finally {
      db.close();
    }
  }
  return { hubCases: hub.records.size, hubEvents: hubIds.size, seats: report, problems };
}
