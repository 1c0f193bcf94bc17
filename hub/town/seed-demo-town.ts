import { demoCommitteePlaces } from '../../shared/demo/committee-places';
import { demoTown } from '../../shared/demo/town';
import { formatHlc } from '../../shared/sync/hlc';
import type { ReferenceRecord } from '../../shared/sync/wire';
import { inTransaction, type Pool } from '../store/db';
import { writeReference } from '../store/reference';
import { lockTownSequencer } from '../store/sequencer';
import { insertTownIfAbsent } from '../store/towns';
import { seatPasswordHash } from './password-hash';

export const DEMO_TOWN_ID = 'gaohang';

/**
 * The demo town (DESIGN §8) as reference records, the same data a fresh seat seeds for itself, so
 * seats enrolled on a demo hub agree with it. Runs once: a hub that has the town leaves it alone.
 */
export async function seedDemoTown(pool: Pool, nowMs = Date.now()): Promise<boolean> {
  const hlc = formatHlc({ wallMs: nowMs, counter: 0, node: 'HUB' });
  const users = await Promise.all(
    demoTown.users.map(async ({ password, ...profile }) => ({ ...profile, passwordHash: await seatPasswordHash(password) })),
  );
  const record = (kind: ReferenceRecord['kind'], data: { id: string } & Record<string, unknown>): ReferenceRecord => ({ kind, id: data.id, hlc, data });
  // Centres and place names ride along on the committee records: Open311 finds a request's committee by them.
  const places = new Map(demoCommitteePlaces.map((p) => [p.id, p]));
  const records = [
    ...demoTown.committees.map((c) => record('committee', { ...c, ...places.get(c.id) })),
    ...demoTown.units.map((u) => record('unit', u)),
    ...demoTown.categories.map((c, order) => record('category', { ...c, order })),
    ...demoTown.routingRules.map((r) => record('routing_rule', r)),
    ...users.map((u) => record('user', u)),
  ];
  return inTransaction(pool, async (db) => {
    const created = await insertTownIfAbsent(db, { id: DEMO_TOWN_ID, name: demoTown.town.name, demo: true, seatPrefix: 'GH' });
    if (!created) return false;
    await lockTownSequencer(db, DEMO_TOWN_ID);
    await writeReference(db, DEMO_TOWN_ID, records.map((r) => ({ record: r, seatId: null })));
    return true;
  });
}
