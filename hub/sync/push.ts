import { MAX_SEAT_SKEW_MS, referenceKey, type PushRequest, type PushResponse, type ReferenceRecord } from '../../shared/sync/wire';
import { inTransaction, type Pool } from '../store/db';
import type { BatchContext } from '../store/events';
import { quarantine, type QuarantineEntry } from '../store/quarantine';
import { keepEventSkews } from '../store/event-skews';
import { writeReference } from '../store/reference';
import type { SeatRow } from '../store/seats';
import { lockTownSequencer } from '../store/sequencer';
import { checkEvent, checkReference } from './check-items';
import { storeCaseEvents, type CheckedEvent } from './refold';
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
  const candidates = new Map<string, CheckedEvent>();
  request.events.forEach((raw, i) => {
    const checked = checkEvent(raw, i, seat.seatCode, nowMs);
    if (!checked.ok) refused.push(checked.entry);
    else if (!candidates.has(checked.value.event.id)) candidates.set(checked.value.event.id, checked.value);
  });
  const references: ReferenceRecord[] = [];
  request.reference.forEach((raw, i) => {
    const checked = checkReference(raw, i, seat.admin && seat.scope.scope === 'town', nowMs);
    if (checked.ok) references.push(checked.value);
    else refused.push(checked.entry);
  });

  const acknowledged = await inTransaction(pool, async (db) => {
    let inadmissible: QuarantineEntry[] = [];
    let admitted: readonly CheckedEvent[] = [];
    const { context } = await storeCaseEvents(db, seat.townId, [...candidates.values()], skewed, (events, ctx) => {
      inadmissible = [];
      admitted = admissible(events, ctx, seat, inadmissible);
      return admitted;
    });
    refused.push(...inadmissible);
    if (skewed) await keepEventSkews(db, admitted.map((e) => e.event.id), skewMs);
    await quarantine(db, seat.townId, seat.id, refused);
    if (references.length > 0) {
      // Reference records share the town's stream, so they are numbered under the same lock.
      await lockTownSequencer(db, seat.townId);
      await writeReference(db, seat.townId, references.map((record) => ({ record, seatId: seat.id })));
    }
    // A replay is acknowledged as it is, whatever has changed since it was first stored.
    const held = [...candidates.keys()].filter((id) => context.held.has(id));
    return [...held, ...admitted.map((e) => e.event.id), ...references.map(referenceKey)];
  });
  return { acknowledged, rejected: refused.map(toRejected), hubTime: new Date(nowMs).toISOString(), skewMs };
}

/** The checks that need the database: the actor is a user of the town, the case is the town's and the seat's to touch. */
function admissible(events: readonly CheckedEvent[], context: BatchContext, seat: SeatRow, refused: QuarantineEntry[]): CheckedEvent[] {
  const unitId = seat.scope.scope === 'unit' ? seat.scope.unitId : null;
  const refuse = (c: CheckedEvent, reason: Rejected['reason'], detail: string) => {
    refused.push({ item: 'event', itemId: c.event.id, reason, detail, body: quarantineText(c.event) });
    return false;
  };
  return events.filter((c) => {
    const e = c.event;
    if (!context.users.has(e.actorId)) return refuse(c, 'unknown_actor', `actor ${e.actorId} is not a user of the town`);
    const town = context.caseTowns.get(e.caseId);
    if (town !== undefined && town !== seat.townId) return refuse(c, 'forbidden', 'the case belongs to another town');
    if (unitId !== null && !context.involved.get(e.caseId)?.has(unitId)) return refuse(c, 'forbidden', `unit ${unitId} is not involved in the case`);
    return true;
  });
}
