import type { CaseRecord } from '../../shared/case/record';
import type { Client, Pool } from './db';

export interface FoldedCase {
  readonly record: CaseRecord;
  readonly lastSeq: number;
}

/** The cross-town report projection: the shared fold of each case, rewritten with its events. */
export async function saveCaseProjections(db: Client, townId: string, cases: readonly FoldedCase[]): Promise<void> {
  if (cases.length === 0) return;
  await db.query({
    name: 'cases-upsert',
    text: `INSERT INTO cases (id, town_id, number, status, responsible_unit_id, registered_at, record, last_seq)
           SELECT c.id, $1, c.number, c.status, c.unit, c.registered_at, c.record, c.last_seq
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::jsonb[], $8::bigint[])
             AS c(id, number, status, unit, registered_at, record, last_seq)
           ON CONFLICT (id) DO UPDATE SET status = excluded.status, responsible_unit_id = excluded.responsible_unit_id,
             record = excluded.record, last_seq = excluded.last_seq`,
    values: [
      townId,
      cases.map((c) => c.record.id),
      cases.map((c) => c.record.number),
      cases.map((c) => c.record.status),
      cases.map((c) => c.record.responsibleUnitId),
      cases.map((c) => c.record.registeredAt),
      cases.map((c) => JSON.stringify(c.record)),
      cases.map((c) => c.lastSeq),
    ],
  });
}

/** The units already involved in each of these cases. */
export async function involvedUnits(db: Client, caseIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const { rows } = await db.query<{ case_id: string; unit_id: string }>({
    name: 'involvement-of-cases',
    text: 'SELECT case_id, unit_id FROM case_involvement WHERE case_id = ANY($1::text[])',
    values: [caseIds],
  });
  const byCase = new Map<string, Set<string>>();
  for (const r of rows) byCase.set(r.case_id, (byCase.get(r.case_id) ?? new Set()).add(r.unit_id));
  return byCase;
}

export interface NewInvolvement {
  readonly caseId: string;
  readonly unitId: string;
  /** The first event the unit receives through the event stream. */
  readonly sinceSeq: number;
  /** The case's events below sinceSeq: re-issued to the unit under new numbers. */
  readonly earlierEventSeqs: readonly number[];
}

/** Records new involvements and re-issues each one's earlier history; call with the town's sequencer held. */
export async function addInvolvements(db: Client, townId: string, rows: readonly NewInvolvement[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query({
    name: 'involvement-insert',
    text: `INSERT INTO case_involvement (town_id, case_id, unit_id, since_seq)
           SELECT $1, i.case_id, i.unit_id, i.since_seq FROM unnest($2::text[], $3::text[], $4::bigint[]) AS i(case_id, unit_id, since_seq)
           ON CONFLICT DO NOTHING`,
    values: [townId, rows.map((r) => r.caseId), rows.map((r) => r.unitId), rows.map((r) => r.sinceSeq)],
  });
  const backfill = rows.flatMap((r) => r.earlierEventSeqs.map((seq) => ({ unitId: r.unitId, seq })));
  if (backfill.length === 0) return;
  await db.query({
    name: 'backfill-insert',
    text: `INSERT INTO unit_backfill (seq, town_id, unit_id, event_seq)
           SELECT nextval('stream_seq'), $1, b.unit_id, b.event_seq FROM unnest($2::text[], $3::bigint[]) AS b(unit_id, event_seq)`,
    values: [townId, backfill.map((b) => b.unitId), backfill.map((b) => b.seq)],
  });
}

/** Which of these cases the unit is or was involved in: what a unit's seat may act on. */
export async function casesInvolvingUnit(db: Client, townId: string, unitId: string, caseIds: readonly string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ case_id: string }>({
    name: 'involvement-cases-of-unit',
    text: 'SELECT case_id FROM case_involvement WHERE town_id = $1 AND unit_id = $2 AND case_id = ANY($3::text[])',
    values: [townId, unitId, caseIds],
  });
  return new Set(rows.map((r) => r.case_id));
}

/** Every case of the town as the hub folded it, for checking seats against the hub. */
export async function townCaseRecords(db: Client | Pool, townId: string): Promise<CaseRecord[]> {
  const { rows } = await db.query<{ record: CaseRecord }>({ name: 'cases-of-town', text: 'SELECT record FROM cases WHERE town_id = $1 ORDER BY id', values: [townId] });
  return rows.map((r) => r.record);
}
