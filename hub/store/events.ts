import type { CaseEvent } from '../../shared/case/events';
import type { CaseRecord } from '../../shared/case/record';
import type { Client, Pool } from './db';
import { lockSpace } from './locks';

export interface StoredEvent {
  readonly seq: number;
  readonly event: CaseEvent;
}

/** What a batch of case events must know of the hub before it is checked and folded, read in one statement. */
export interface BatchContext {
  /** Ids the hub already holds: a replay is acknowledged, never stored twice. */
  readonly held: ReadonlySet<string>;
  /** The actors that are users of the town. */
  readonly users: ReadonlySet<string>;
  /** The town each case belongs to, where the hub has seen the case before. */
  readonly caseTowns: ReadonlyMap<string, string>;
  /** What is stored of the cases, in stream order, to fold them with the batch. */
  readonly history: ReadonlyMap<string, readonly StoredEvent[]>;
  /** The units already involved in each case. */
  readonly involved: ReadonlyMap<string, ReadonlySet<string>>;
  /** The town's highest event number this read saw: a later one means another push came between. */
  readonly highWater: number;
}

function group<K, V>(pairs: Iterable<readonly [K, V]>): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const [k, v] of pairs) {
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}

export async function readBatchContext(db: Client | Pool, townId: string, eventIds: readonly string[], actorIds: readonly string[], caseIds: readonly string[]): Promise<BatchContext> {
  const { rows } = await db.query<{
    held: string[];
    users: string[];
    history: [string, string, number, CaseEvent][];
    involved: [string, string][];
    high: number | null;
  }>({
    name: 'events-batch-context',
    // One index lookup per key (OFFSET 0 keeps each lookup its own subquery), also while the
    // tables are too young for the planner to have statistics (a new town, a first backlog),
    // when it would otherwise scan the whole table for a hash join.
    text: `SELECT
             (SELECT coalesce(json_agg(e.id), '[]') FROM unnest($2::text[]) AS k(id),
               LATERAL (SELECT id FROM events WHERE id = k.id OFFSET 0) e) AS held,
             (SELECT coalesce(json_agg(r.id), '[]') FROM unnest($3::text[]) AS k(id),
               LATERAL (SELECT id FROM reference_records WHERE town_id = $1 AND kind = 'user' AND id = k.id AND data IS NOT NULL OFFSET 0) r) AS users,
             (SELECT coalesce(json_agg(json_build_array(e.case_id, e.town_id, e.seq, e.body) ORDER BY e.seq), '[]')
               FROM unnest($4::text[]) AS k(id), LATERAL (SELECT case_id, town_id, seq, body FROM events WHERE case_id = k.id OFFSET 0) e) AS history,
             (SELECT coalesce(json_agg(json_build_array(i.case_id, i.unit_id)), '[]') FROM unnest($4::text[]) AS k(id),
               LATERAL (SELECT case_id, unit_id FROM case_involvement WHERE case_id = k.id OFFSET 0) i) AS involved,
             (SELECT max(seq) FROM events WHERE town_id = $1) AS high`,
    values: [townId, eventIds, actorIds, caseIds],
  });
  const r = rows[0];
  if (!r) throw new Error('batch context: no row');
  return {
    held: new Set(r.held),
    users: new Set(r.users),
    caseTowns: new Map(r.history.map(([caseId, town]) => [caseId, town])),
    // A case of another town is refused whole, so only the town's own history is folded.
    history: group(r.history.filter(([, town]) => town === townId).map(([caseId, , seq, event]) => [caseId, { seq, event }] as const)),
    involved: new Map([...group(r.involved)].map(([caseId, units]) => [caseId, new Set(units)])),
    highWater: r.high ?? 0,
  };
}

/**
 * The contexts of batches read apart, as one: they must share no case. The high-water mark is the
 * oldest read's, so the guard looks back far enough for every batch.
 */
export function mergeContexts(contexts: readonly BatchContext[]): BatchContext {
  if (contexts.length === 1 && contexts[0]) return contexts[0];
  return {
    held: new Set(contexts.flatMap((c) => [...c.held])),
    users: new Set(contexts.flatMap((c) => [...c.users])),
    caseTowns: new Map(contexts.flatMap((c) => [...c.caseTowns])),
    history: new Map(contexts.flatMap((c) => [...c.history])),
    involved: new Map(contexts.flatMap((c) => [...c.involved])),
    highWater: Math.min(...contexts.map((c) => c.highWater)),
  };
}

export interface NumberedBatch {
  /** The events, each as its checked JSON: sent as one array, not re-serialised. */
  readonly events: readonly { readonly event: CaseEvent; readonly json: string }[];
  readonly skewed: boolean;
  /** The fold of each case the batch touches, with its events. */
  readonly records: readonly CaseRecord[];
  /** Units involved in a case for the first time. */
  readonly involvements: readonly { readonly caseId: string; readonly unitId: string }[];
  /** Each new involvement's earlier history: the numbers of the case's events stored before the batch. */
  readonly backfill: readonly { readonly caseId: string; readonly unitId: string; readonly eventSeq: number }[];
}

/** The guard of a numbered write: asked under the sequencer the transaction holds, or taking it first. */
const guards = {
  held: `SELECT EXISTS (SELECT 1 FROM events WHERE town_id = $1 AND seq > $3 AND case_id = ANY($2::text[])) AS stale`,
  take: `SELECT hub_sequencer_guard($12, $1, $2::text[], $3) AS stale`,
} as const;

function numberedBatchText(guard: keyof typeof guards): string {
  // MATERIALIZED, and asked by the insert as a one-time filter: the guard (and with it the lock)
  // runs before the first number is drawn.
  return `WITH stale AS MATERIALIZED (${guards[guard]}),
           ins AS (
             INSERT INTO events (seq, id, town_id, case_id, seat_id, hlc, skewed, body)
             SELECT nextval('stream_seq'), e.body->>'id', $1, e.body->>'caseId', e.body->>'seatId', e.body->>'hlc', $4, e.body
             FROM jsonb_array_elements($5::jsonb) AS e(body)
             WHERE NOT (SELECT stale FROM stale)
             ON CONFLICT (id) DO NOTHING
             RETURNING case_id, seq),
           span AS (SELECT case_id, min(seq) AS first_seq, max(seq) AS last_seq FROM ins GROUP BY case_id),
           folded AS (
             INSERT INTO cases (id, town_id, number, status, responsible_unit_id, registered_at, record, last_seq)
             SELECT c.record->>'id', $1, c.record->>'number', c.record->>'status', c.record->>'responsibleUnitId',
               (c.record->>'registeredAt')::timestamptz, c.record, span.last_seq
             FROM jsonb_array_elements($6::jsonb) AS c(record) JOIN span ON span.case_id = c.record->>'id'
             ON CONFLICT (id) DO UPDATE SET status = excluded.status, responsible_unit_id = excluded.responsible_unit_id,
               record = excluded.record, last_seq = excluded.last_seq),
           involved AS (
             INSERT INTO case_involvement (town_id, case_id, unit_id, since_seq)
             SELECT $1, i.case_id, i.unit_id, span.first_seq
             FROM unnest($7::text[], $8::text[]) AS i(case_id, unit_id) JOIN span ON span.case_id = i.case_id
             ON CONFLICT DO NOTHING
             RETURNING case_id, unit_id),
           backfilled AS (
             INSERT INTO unit_backfill (seq, town_id, unit_id, event_seq)
             SELECT nextval('stream_seq'), $1, b.unit_id, b.event_seq
             FROM unnest($9::text[], $10::text[], $11::bigint[]) AS b(case_id, unit_id, event_seq)
             JOIN involved ON involved.case_id = b.case_id AND involved.unit_id = b.unit_id)
           SELECT (SELECT stale FROM stale) AS stale, (SELECT count(*)::int FROM ins) AS stored`;
}

const numberedBatchTexts = { held: numberedBatchText('held'), take: numberedBatchText('take') };

/**
 * In one statement: stores and numbers the events (a replayed id is skipped), writes the folds of
 * their cases and the new involvements, and re-issues each new involvement's earlier history
 * under new numbers. A unit involved for the first time receives the case's later events through
 * the stream from the batch's first one on.
 *
 * `held`: inside a transaction that holds the town's sequencer. `take`: the statement is its own
 * transaction (run on the pool) and takes the sequencer itself, so no round trip and no turn of
 * Node's event loop falls between the lock and the commit (docs/decisions/0027).
 *
 * Does nothing and answers `stale` when an event of the batch's cases was numbered above
 * `highWater`: the folds were made without it and must be made again.
 */
export async function writeNumberedBatch(
  db: Client | Pool,
  townId: string,
  batch: NumberedBatch,
  highWater: number,
  guard: 'held' | 'take' = 'held',
): Promise<{ stale: boolean; stored: number }> {
  const caseIds = [...new Set(batch.events.map((e) => e.event.caseId))];
  const values: unknown[] = [
    townId,
    caseIds,
    highWater,
    batch.skewed,
    `[${batch.events.map((e) => e.json).join(',')}]`,
    JSON.stringify(batch.records),
    batch.involvements.map((i) => i.caseId),
    batch.involvements.map((i) => i.unitId),
    batch.backfill.map((b) => b.caseId),
    batch.backfill.map((b) => b.unitId),
    batch.backfill.map((b) => b.eventSeq),
  ];
  if (guard === 'take') values.push(lockSpace.townSequencer);
  const { rows } = await db.query<{ stale: boolean; stored: number }>({
    // The guard walks only what the town numbered since the read (by events_town_seq), not the cases' histories.
    name: `events-write-numbered-${guard}`,
    text: numberedBatchTexts[guard],
    values,
  });
  return rows[0] ?? { stale: false, stored: 0 };
}

/** What is stored of these cases, in stream order: what a check compares a projection with. */
export async function eventsOfCases(db: Client, caseIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const { rows } = await db.query<{ seq: number; case_id: string; body: CaseEvent }>({
    name: 'events-of-cases',
    text: 'SELECT seq, case_id, body FROM events WHERE case_id = ANY($1::text[]) ORDER BY seq',
    values: [caseIds],
  });
  return group(rows.map((r) => [r.case_id, { seq: r.seq, event: r.body }] as const));
}

/** How many events the hub holds, every town together: what a bench checks a drain against. */
export async function heldEventCount(db: Pool | Client): Promise<number> {
  const { rows } = await db.query<{ n: number }>({ name: 'events-count', text: 'SELECT count(*)::int AS n FROM events' });
  return rows[0]?.n ?? 0;
}
