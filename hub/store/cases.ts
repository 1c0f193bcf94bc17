import type { CaseRecord } from '../../shared/case/record';
import type { Client, Pool } from './db';

/** Every case of the town as the hub folded it, for checking seats against the hub. */
export async function townCaseRecords(db: Client | Pool, townId: string): Promise<CaseRecord[]> {
  const { rows } = await db.query<{ record: CaseRecord }>({ name: 'cases-of-town', text: 'SELECT record FROM cases WHERE town_id = $1 ORDER BY id', values: [townId] });
  return rows.map((r) => r.record);
}
