import { MAX_PUSH_EVENTS, MAX_SEAT_SKEW_MS, referenceKey, type PushRequest, type PushResponse, type ReferenceRecord } from '../../shared/sync/wire';
import { isAutomaticCard } from '../../shared/reference/actors';
import { inTransaction, type Pool } from '../store/db';
import { mergeContexts, mustReadAgain, readBatchContext, type BatchContext } from '../store/events';
import { quarantine, type QuarantineEntry } from '../store/quarantine';
import { keepEventSkews } from '../store/event-skews';
import { writeReference } from '../store/reference';
import type { SeatRow } from '../store/seats';
import { lockTownSequencer } from '../store/sequencer';
import { checkEvent, checkReference, keyField } from './check-items';
import { GroupCommit, GroupFullError } from './group-commit';
import { HubRequestError } from '../server/errors';
import { storeAdmittedAtOnce, storeCaseEvents, type CheckedEvent } from './refold';
import { quarantineText } from '../store/storable-text';

type Rejected = PushResponse['rejected'][number];

function toRejected(e: QuarantineEntry): Rejected {
  return { id: e.itemId, reason: e.reason, detail: e.detail };
}

/** A push as its checks left it, waiting to be stored. */
interface CheckedPush {
  readonly seat: SeatRow;
  readonly skewed: boolean;
  /** The seat's clock against the hub's at this push (its `sentAt`), kept on its events when skewed. */
  readonly skewMs: number;
  readonly candidates: ReadonlyMap<string, CheckedEvent>;
  readonly references: readonly ReferenceRecord[];
  readonly refused: readonly QuarantineEntry[];
  /** What the hub held of the push's keys, read while the push was checked. */
  readonly context: BatchContext;
}

interface StoredPush {
  readonly acknowledged: string[];
  /** Refused by the checks that need the database. */
  readonly inadmissible: QuarantineEntry[];
}

/**
 * One push: every item is checked on its own, and a refused one is quarantined and answered as
 * rejected while the rest go on. Everything the hub keeps of the batch (events, their cases'
 * folds and involvement, reference writes, quarantine) commits in one transaction, shared with
 * the pushes of the same town that waited while the previous one was written (docs/decisions/0021).
 */
export async function ingestPush(
  pool: Pool,
  seat: SeatRow,
  request: PushRequest,
  nowMs = Date.now(),
  maxWaitingEvents = MAX_WAITING_PUSH_EVENTS,
): Promise<PushResponse> {
  const skewMs = nowMs - Date.parse(request.sentAt);
  const skewed = Math.abs(skewMs) > MAX_SEAT_SKEW_MS;
  // The skew flag is written for a whole statement, so skewed and punctual pushes go in separate groups.
  const lane = `${seat.townId}\n${skewed}`;
  const groups = pushGroups(pool, maxWaitingEvents);
  // A full queue is refused before the push costs a read or a check.
  await busyIfFull(async () => groups.checkRoom(lane, request.events.length + request.reference.length));
  const early = readContext(pool, seat.townId, request.events);
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

  const context = await early;
  const stored = await busyIfFull(() => groups.submit(lane, { seat, skewed, skewMs, candidates, references, refused, context }));
  refused.push(...stored.inadmissible);
  return { acknowledged: stored.acknowledged, rejected: refused.map(toRejected), hubTime: new Date(nowMs).toISOString(), skewMs };
}

/**
 * The read before the sequencer, started before the checks and by the items' keys as they came,
 * so the database answers while Node checks. Keys that turn out invalid cost a lookup, no more.
 *
 * It asks no event ids: a replay is found among its case's stored events, and the clean
 * statement's insert refuses an id stored under another case (23505), after which the push is
 * stored in a transaction that reads every id. That saves a unique-index probe per event.
 */
function readContext(pool: Pool, townId: string, events: readonly unknown[]): Promise<BatchContext> {
  const keys = (name: string) => [...new Set(events.map((raw) => keyField(raw, name)).filter((k) => k !== null))];
  return readBatchContext(pool, townId, [], keys('actorId'), keys('caseId'));
}

/** How long a seat refused for a full queue is asked to wait: about what a full queue takes to write. */
export const BUSY_RETRY_AFTER_S = 2;

/** A town's pushes waiting in this process, in events: beyond it a push is answered 503 busy with Retry-After. */
export const MAX_WAITING_PUSH_EVENTS = 40 * MAX_PUSH_EVENTS;

async function busyIfFull<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (!(error instanceof GroupFullError)) throw error;
    throw new HubRequestError('busy', `The hub is busy: ${error.message} for this town; retry after ${BUSY_RETRY_AFTER_S} s`, BUSY_RETRY_AFTER_S);
  }
}

const groupsByPool = new WeakMap<Pool, Map<number, GroupCommit<CheckedPush, StoredPush>>>();

function pushGroups(pool: Pool, maxWaitingEvents: number): GroupCommit<CheckedPush, StoredPush> {
  let byBound = groupsByPool.get(pool);
  if (!byBound) groupsByPool.set(pool, (byBound = new Map()));
  let groups = byBound.get(maxWaitingEvents);
  if (!groups) {
    groups = new GroupCommit({
      write: (pushes) => storePushes(pool, pushes),
      // Pushes that share an event or a case are stored one after the other, each judged on what the
      // other left. The ids as they came, unprefixed: no string is made and hashed per claim (~0.7 µs
      // an event, docs/decisions/0048); an event id equal to a case id would only order two pushes.
      claims: (p) => [...p.candidates.keys(), ...[...p.candidates.values()].map((c) => c.event.caseId)],
      weight: (p) => p.candidates.size + p.references.length,
      maxWeight: 20 * MAX_PUSH_EVENTS,
      maxRunning: 2,
      maxWaitingWeight: maxWaitingEvents,
    });
    byBound.set(maxWaitingEvents, groups);
  }
  return groups;
}

/** Stores pushes of one town that share no event and no case, in one transaction: their reads merged, one guarded statement, one commit. */
async function storePushes(pool: Pool, pushes: readonly CheckedPush[]): Promise<StoredPush[]> {
  const first = pushes[0];
  if (!first) return [];
  if (await storeAtOnce(pool, first.seat.townId, pushes)) return pushes.map((p) => ({ acknowledged: [...p.candidates.keys()], inadmissible: [] }));
  // A clean push of another hub process holds a case row while it waits for the sequencer this
  // transaction may hold; should they meet, PostgreSQL breaks the deadlock and this one reads again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await storeInTransaction(pool, pushes);
    } catch (error) {
      if (attempt >= 3 || !mustReadAgain(error)) throw error;
    }
  }
}

/**
 * The common case in one statement: every item passed its checks and every event is admitted by
 * what was read before, no clock is off and no reference record comes along, so nothing but the
 * events and what they derive is written. Anything else goes through storeInTransaction.
 */
async function storeAtOnce(pool: Pool, townId: string, pushes: readonly CheckedPush[]): Promise<boolean> {
  if (pushes.some((p) => p.skewed || p.refused.length > 0 || p.references.length > 0)) return false;
  const read = mergeContexts(pushes.map((p) => p.context));
  const events: CheckedEvent[] = [];
  for (const p of pushes) {
    const fresh = [...p.candidates.values()].filter((c) => !read.held.has(c.event.id));
    const refused: QuarantineEntry[] = [];
    events.push(...admissible(fresh, read, p.seat, refused));
    if (refused.length > 0) return false;
  }
  return storeAdmittedAtOnce(pool, townId, events, read);
}

/** Reads again, every event id included (the early read asked none), and stores the pushes in one transaction. */
async function storeInTransaction(pool: Pool, pushes: readonly CheckedPush[]): Promise<StoredPush[]> {
  const first = pushes[0];
  if (!first) return [];
  const townId = first.seat.townId;
  const owner = new Map<string, number>();
  pushes.forEach((p, i) => {
    for (const id of p.candidates.keys()) owner.set(id, i);
  });
  return inTransaction(pool, async (db) => {
    let inadmissible: QuarantineEntry[][] = [];
    let admitted: CheckedEvent[][] = [];
    const admit = (events: readonly CheckedEvent[], ctx: BatchContext) => {
      const own = pushes.map((): CheckedEvent[] => []);
      for (const e of events) own[owner.get(e.event.id) ?? -1]?.push(e);
      inadmissible = pushes.map(() => []);
      admitted = pushes.map((p, i) => admissible(own[i] ?? [], ctx, p.seat, inadmissible[i] ?? []));
      return admitted.flat();
    };
    const candidates = pushes.flatMap((p) => [...p.candidates.values()]);
    const { context } = await storeCaseEvents(db, townId, candidates, first.skewed, admit);
    for (const [i, p] of pushes.entries()) {
      if (p.skewed) await keepEventSkews(db, (admitted[i] ?? []).map((e) => e.event.id), p.skewMs);
      await quarantine(db, townId, p.seat.id, [...p.refused, ...(inadmissible[i] ?? [])]);
    }
    if (pushes.some((p) => p.references.length > 0)) {
      // Reference records share the town's stream, so they are numbered under the same lock.
      await lockTownSequencer(db, townId);
      await writeReference(db, townId, pushes.flatMap((p) => p.references.map((record) => ({ record, seatId: p.seat.id }))));
    }
    return pushes.map((p, i) => ({
      // A replay is acknowledged as it is, whatever has changed since it was first stored.
      acknowledged: [...[...p.candidates.keys()].filter((id) => context.held.has(id)), ...(admitted[i] ?? []).map((e) => e.event.id), ...p.references.map(referenceKey)],
      inadmissible: inadmissible[i] ?? [],
    }));
  });
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
    if (!context.users.has(e.actorId) && !isAutomaticCard(e)) return refuse(c, 'unknown_actor', `actor ${e.actorId} is not a user of the town`);
    const town = context.caseTowns.get(e.caseId);
    if (town !== undefined && town !== seat.townId) return refuse(c, 'forbidden', 'the case belongs to another town');
    if (unitId !== null && !context.involved.get(e.caseId)?.has(unitId)) return refuse(c, 'forbidden', `unit ${unitId} is not involved in the case`);
    return true;
  });
}
