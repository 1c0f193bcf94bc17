import type { CaseEvent } from '../../shared/case/events';
import { MAX_SEAT_SKEW_MS, referenceKey, type PushRequest, type PushResponse, type ReferenceRecord } from '../../shared/sync/wire';
import { inTransaction, type Client, type Pool } from '../store/db';
import { casesInvolvingUnit } from '../store/cases';
import { caseTowns, heldEventIds } from '../store/events';
import { quarantine, type QuarantineEntry } from '../store/quarantine';
import { knownUserIds, writeReference } from '../store/reference';
import type { SeatRow } from '../store/seats';
import { lockTownSequencer } from '../store/sequencer';
import { checkEvent, checkReference } from './check-items';
import { planFolds, storePlannedEvents } from './refold';
import { quarantineText } from '../store/storable-text';

type Rejected = PushResponse['rejected'][number];

function toRejected(e: QuarantineEntry): Rejected {
  return { id: e.itemId, reason: e.reason, detail: e.detail };
}

/**
 * One push: every item is checked on its own, and a refused one is quarantined and answered as
 * rejected while the rest go on. Everything the hub keeps of the batch (events, their cases'
 * folds and involvement, reference writes, quarantine) commits in one transaction.
 */
export async function ingestPush(pool: Pool, seat: SeatRow, request: PushRequest, nowMs = Date.now()): Promise<PushResponse> {
  const skewMs = nowMs - Date.parse(request.sentAt);
  const skewed = Math.abs(skewMs) > MAX_SEAT_SKEW_MS;
  const refused: QuarantineEntry[] = [];
  const candidates = new Map<string, CaseEvent>();
  request.events.forEach((raw, i) => {
    const checked = checkEvent(raw, i, seat.seatCode, nowMs);
    if (!checked.ok) refused.push(checked.entry);
    else if (!candidates.has(checked.value.id)) candidates.set(checked.value.id, checked.value);
  });
  const references: ReferenceRecord[] = [];
  request.reference.forEach((raw, i) => {
    const checked = checkReference(raw, i, seat.admin && seat.scope.scope === 'town', nowMs);
    if (checked.ok) references.push(checked.value);
    else refused.push(checked.entry);
  });

  const acknowledged = await inTransaction(pool, async (db) => {
    // A replay is acknowledged as it is, whatever has changed since it was first stored.
    const held = await heldEventIds(db, [...candidates.keys()]);
    const events = await admissible([...candidates.values()].filter((e) => !held.has(e.id)), db, seat, refused);
    await quarantine(db, seat.townId, seat.id, refused);
    const folds = await planFolds(db, seat.townId, events);
    await storePlannedEvents(db, seat.townId, events, folds, skewed);
    if (references.length > 0) {
      // Reference records share the town's stream, so they are numbered under the same lock.
      await lockTownSequencer(db, seat.townId);
      await writeReference(db, seat.townId, references.map((record) => ({ record, seatId: seat.id })));
    }
    return [...held, ...events.map((e) => e.id), ...references.map(referenceKey)];
  });
  return { acknowledged, rejected: refused.map(toRejected), hubTime: new Date(nowMs).toISOString(), skewMs };
}

/** The checks that need the database: the actor is a user of the town, the case is the town's and the seat's to touch. */
async function admissible(events: CaseEvent[], db: Client, seat: SeatRow, refused: QuarantineEntry[]): Promise<CaseEvent[]> {
  if (events.length === 0) return [];
  const users = await knownUserIds(db, seat.townId, [...new Set(events.map((e) => e.actorId))]);
  const towns = await caseTowns(db, [...new Set(events.map((e) => e.caseId))]);
  const caseIds = [...new Set(events.map((e) => e.caseId))];
  const visible = seat.scope.scope === 'unit' ? await casesInvolvingUnit(db, seat.townId, seat.scope.unitId, caseIds) : null;
  const refuse = (e: CaseEvent, reason: Rejected['reason'], detail: string) => {
    refused.push({ item: 'event', itemId: e.id, reason, detail, body: quarantineText(e) });
    return false;
  };
  return events.filter((e) => {
    if (!users.has(e.actorId)) return refuse(e, 'unknown_actor', `actor ${e.actorId} is not a user of the town`);
    const town = towns.get(e.caseId);
    if (town !== undefined && town !== seat.townId) return refuse(e, 'forbidden', 'the case belongs to another town');
    if (visible && !visible.has(e.caseId)) return refuse(e, 'forbidden', `unit ${seat.scope.scope === 'unit' ? seat.scope.unitId : ''} is not involved in the case`);
    return true;
  });
}
