import type { CaseEvent } from '../../shared/case/events';
import type { CaseRecord } from '../../shared/case/record';
import { compactCaseRecord } from '../../shared/case/stored-record';
import { pgErrorCode, type Client, type Pool } from './db';
import { lockSpace } from './locks';

export interface StoredEvent {
  readonly seq: number;
  readonly event: CaseEvent;
}

/** What a batch of case events must know of the hub before it is checked and folded, read in one statement. */
export interface BatchContext {
  /**
   * Ids the hub already holds: a replay is acknowledged, never stored twice. The ids asked for and
   * every stored event of the cases; a read that asks no ids knows only the latter.
   */
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
    // A stored event of the batch's cases is held too: the early read of a push asks no ids (ingestPush).
    held: new Set([...r.held, ...r.history.map(([, , , event]) => event.id)]),
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
  /** The fold of each case the batch touches, with its events, in id order. */
  readonly records: readonly CaseRecord[];
  /** Units involved in a case for the first time, in case and unit order. */
  readonly involvements: readonly { readonly caseId: string; readonly unitId: string }[];
  /** Each new involvement's earlier history: the numbers of the case's events stored before the batch. */
  readonly backfill: readonly { readonly caseId: string; readonly unitId: string; readonly eventSeq: number }[];
  /**
   * Cases of which the read found no event: no projection or involvement of theirs was stored
   * (both are written only with their case's events), so they are inserted, not upserted.
   */
  readonly newCases: ReadonlySet<string>;
}

function numberedBatchValues(townId: string, batch: NumberedBatch, highWater: number): unknown[] {
  return [
    townId,
    [...new Set(batch.events.map((e) => e.event.caseId))],
    highWater,
    `[${batch.events.map((e) => e.json).join(',')}]`,
    JSON.stringify(batch.records.map(compactCaseRecord)),
    batch.involvements.map((i) => i.caseId),
    batch.involvements.map((i) => i.unitId),
    batch.backfill.map((b) => b.caseId),
    batch.backfill.map((b) => b.unitId),
    batch.backfill.map((b) => b.eventSeq),
  ];
}

/** A case row as its fold `c.record` gives it: the one place the projection's columns are taken from the record. */
const caseRows = `INSERT INTO cases (id, town_id, number, status, responsible_unit_id, registered_at, record)
             SELECT c.record->>'id', $1, c.record->>'number', c.record->>'status', c.record->>'responsibleUnitId',
               (c.record->>'registeredAt')::timestamptz, c.record`;

/** A stored case takes its new fold; its number, town and filing time do not change. */
const caseRowUpdate = 'ON CONFLICT (id) DO UPDATE SET status = excluded.status, responsible_unit_id = excluded.responsible_unit_id, record = excluded.record';

/**
 * The clean statement's writes of case rows and of involvements, each twice: with `conflict` for
 * cases the hub may hold, and without for new ones, whose rows are plain inserts (no speculative
 * insertion, docs/decisions/0045). In array order (ORDINALITY), so every writer locks rows in one order.
 */
function cleanCaseRows(records: string, conflict: string): string {
  return `${caseRows}
             FROM jsonb_array_elements(${records}::jsonb) WITH ORDINALITY AS c(record, n) ORDER BY c.n
             ${conflict}
             RETURNING 1`;
}

function cleanInvolvements(caseIds: string, unitIds: string, conflict: string): string {
  return `INSERT INTO case_involvement (town_id, case_id, unit_id, since_seq)
             SELECT $1, i.case_id, i.unit_id, $3 + 1
             FROM unnest(${caseIds}::text[], ${unitIds}::text[]) WITH ORDINALITY AS i(case_id, unit_id, n) ORDER BY i.n
             ${conflict}
             RETURNING case_id, unit_id`;
}

/**
 * In one statement, inside a transaction that holds the town's sequencer: stores and numbers the
 * events (a replayed id is skipped), writes the folds of their cases and the new involvements,
 * and re-issues each new involvement's earlier history under new numbers. A unit involved for the
 * first time receives the case's later events through the stream from the batch's first one on.
 *
 * Does nothing and answers `stale` when an event of the batch's cases was numbered above
 * `highWater`: the folds were made without it and must be made again.
 */
export async function writeNumberedBatch(db: Client, townId: string, batch: NumberedBatch, highWater: number, skewed: boolean): Promise<{ stale: boolean; stored: number }> {
  const { rows } = await db.query<{ stale: boolean; stored: number }>({
    // The guard walks only what the town numbered since the read (by events_town_seq), not the
    // cases' histories. MATERIALIZED, and asked by the insert as a one-time filter: no number is
    // drawn when it fires.
    name: 'events-write-numbered-held',
    text: `WITH stale AS MATERIALIZED (SELECT EXISTS (SELECT 1 FROM events WHERE town_id = $1 AND seq > $3 AND case_id = ANY($2::text[])) AS stale),
           ins AS (
             INSERT INTO events (seq, id, town_id, case_id, seat_id, hlc, skewed, body)
             SELECT nextval('stream_seq'), e.body->>'id', $1, e.body->>'caseId', e.body->>'seatId', e.body->>'hlc', $11, e.body
             FROM jsonb_array_elements($4::jsonb) AS e(body)
             WHERE NOT (SELECT stale FROM stale)
             ON CONFLICT (id) DO NOTHING
             RETURNING case_id, seq),
           span AS (SELECT case_id, min(seq) AS first_seq FROM ins GROUP BY case_id),
           folded AS (
             ${caseRows}
             FROM jsonb_array_elements($5::jsonb) AS c(record) JOIN span ON span.case_id = c.record->>'id'
             ${caseRowUpdate}),
           involved AS (
             INSERT INTO case_involvement (town_id, case_id, unit_id, since_seq)
             SELECT $1, i.case_id, i.unit_id, span.first_seq
             FROM unnest($6::text[], $7::text[]) AS i(case_id, unit_id) JOIN span ON span.case_id = i.case_id
             ON CONFLICT DO NOTHING
             RETURNING case_id, unit_id),
           backfilled AS (
             INSERT INTO unit_backfill (seq, town_id, unit_id, event_seq)
             SELECT nextval('stream_seq'), $1, b.unit_id, b.event_seq
             FROM unnest($8::text[], $9::text[], $10::bigint[]) AS b(case_id, unit_id, event_seq)
             JOIN involved ON involved.case_id = b.case_id AND involved.unit_id = b.unit_id)
           SELECT (SELECT stale FROM stale) AS stale, (SELECT count(*)::int FROM ins) AS stored`,
    values: [...numberedBatchValues(townId, batch, highWater), skewed],
  });
  return rows[0] ?? { stale: false, stored: 0 };
}

/**
 * A clean batch in one statement on the pool, its own transaction (docs/decisions/0027, 0034):
 * the cases' folds and the new involvements are written first, in id order, before the town's
 * sequencer is taken; holding it, only the events are numbered and stored (and the back history
 * of a new involvement). The case rows order two pushes of one case: the second waits for the
 * first to commit, and the guard then finds the first's events above `highWater`.
 *
 * An involvement is dated `highWater + 1`: with the guard passed, the case's events above
 * `highWater` are this batch's, as from its first number on.
 *
 * Throws, writing nothing, where the guard fires (40001), another push stored one of the event
 * ids first (23505), or the database broke a deadlock (40P01): see `mustReadAgain`.
 */
export async function writeCleanBatch(pool: Pool, townId: string, batch: NumberedBatch, highWater: number): Promise<number> {
  const values = numberedBatchValues(townId, { ...batch, records: batch.records.filter((r) => !batch.newCases.has(r.id)), involvements: batch.involvements.filter((i) => !batch.newCases.has(i.caseId)) }, highWater);
  const filed = batch.records.filter((r) => batch.newCases.has(r.id));
  const firstInvolved = batch.involvements.filter((i) => batch.newCases.has(i.caseId));
  const { rows } = await pool.query<{ stored: number }>({
    name: 'events-write-clean',
    // The guard's last argument counts the writes before it, so they run (in array order, by
    // ORDINALITY) before it takes the lock; the inserts after it ask it as a one-time filter, so
    // no number is drawn before the lock is held. A new case's rows are plain inserts: no
    // speculative insertion (a probe, a confirm record); should another push have filed the case
    // meanwhile, the statement fails (23505) and the push is stored in a transaction.
    text: `WITH folded AS (${cleanCaseRows('$5', caseRowUpdate)}),
           filed AS (${cleanCaseRows('$12', '')}),
           involved AS (${cleanInvolvements('$6', '$7', 'ON CONFLICT DO NOTHING')}),
           first_involved AS (${cleanInvolvements('$13', '$14', '')}),
           taken AS MATERIALIZED (
             SELECT hub_sequencer_take($11, $1, $2::text[], $3,
               (SELECT count(*) FROM folded) + (SELECT count(*) FROM filed) + (SELECT count(*) FROM involved) + (SELECT count(*) FROM first_involved)) AS ok),
           ins AS (
             INSERT INTO events (seq, id, town_id, case_id, seat_id, hlc, skewed, body)
             SELECT nextval('stream_seq'), e.body->>'id', $1, e.body->>'caseId', e.body->>'seatId', e.body->>'hlc', false, e.body
             FROM jsonb_array_elements($4::jsonb) AS e(body)
             WHERE (SELECT ok FROM taken)
             RETURNING 1),
           backfilled AS (
             INSERT INTO unit_backfill (seq, town_id, unit_id, event_seq)
             SELECT nextval('stream_seq'), $1, b.unit_id, b.event_seq
             FROM unnest($8::text[], $9::text[], $10::bigint[]) AS b(case_id, unit_id, event_seq)
             JOIN involved ON involved.case_id = b.case_id AND involved.unit_id = b.unit_id
             WHERE (SELECT ok FROM taken))
           SELECT (SELECT count(*)::int FROM ins) AS stored`,
    values: [...values, lockSpace.townSequencer, JSON.stringify(filed.map(compactCaseRecord)), firstInvolved.map((i) => i.caseId), firstInvolved.map((i) => i.unitId)],
  });
  return rows[0]?.stored ?? 0;
}

/** The errors after which a clean batch was not written and is read and stored again in a transaction. */
export function mustReadAgain(error: unknown): boolean {
  const code = pgErrorCode(error);
  return code === '40001' || code === '23505' || code === '40P01';
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
