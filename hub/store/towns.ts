import type { Client, Pool } from './db';

export interface TownRow {
  readonly id: string;
  readonly name: string;
  readonly demo: boolean;
  readonly seatPrefix: string;
}

export async function insertTownIfAbsent(db: Pool | Client, town: TownRow): Promise<boolean> {
  const result = await db.query({
    name: 'towns-insert',
    text: 'INSERT INTO towns (id, name, demo, seat_prefix) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
    values: [town.id, town.name, town.demo, town.seatPrefix],
  });
  return result.rowCount === 1;
}

export async function townExists(db: Pool | Client, townId: string): Promise<boolean> {
  const { rowCount } = await db.query({ name: 'towns-exists', text: 'SELECT 1 FROM towns WHERE id = $1', values: [townId] });
  return rowCount === 1;
}

export async function townSeatPrefix(db: Client, townId: string): Promise<string> {
  const { rows } = await db.query<{ prefix: string }>({ name: 'towns-seat-prefix', text: 'SELECT seat_prefix AS prefix FROM towns WHERE id = $1', values: [townId] });
  const row = rows[0];
  if (!row) throw new Error(`No town ${townId}`);
  return row.prefix;
}

/** The next seat code of the town (GH01, GH02, …); the row lock makes two enrollments differ. */
export async function takeSeatCode(db: Client, townId: string): Promise<string> {
  const { rows } = await db.query<{ prefix: string; n: number }>({
    name: 'towns-take-seat-no',
    text: 'UPDATE towns SET next_seat_no = next_seat_no + 1 WHERE id = $1 RETURNING seat_prefix AS prefix, next_seat_no - 1 AS n',
    values: [townId],
  });
  const row = rows[0];
  if (!row) throw new Error(`No town ${townId}`);
  return `${row.prefix}${String(row.n).padStart(2, '0')}`;
}
