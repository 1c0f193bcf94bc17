import type { CaseRecord } from '../../shared/case/record';
import { expandCaseRecord, type StoredCaseRecord } from '../../shared/case/stored-record';
import type { Client, Pool } from './db';

/** Every case of the town as the hub folded it, for checking seats against the hub. */
export async function townCaseRecords(db: Client | Pool, townId: string): Promise<CaseRecord[]> {
  const { rows } = await db.query<{ record: StoredCaseRecord }>({ name: 'cases-of-town', text: 'SELECT record FROM cases WHERE town_id = $1 ORDER BY id', values: [townId] });
  return rows.map((r) => expandCaseRecord(r.record));
}

/**
 * Locks the stored projections of these cases, in the order a clean push writes them, before a
 * transaction takes the town's sequencer: a clean push writes them before it waits for the
 * sequencer, so whoever holds it must not wait for one of them (docs/decisions/0034).
 */
export async function lockCaseRows(db: Client, caseIds: readonly string[]): Promise<void> {
  await db.query({
    name: 'cases-lock',
    text: `SELECT 1 FROM cases WHERE id = ANY($1::text[]) ORDER BY id COLLATE "C" FOR UPDATE`,
    values: [caseIds],
  });
}
