import type { SeatScope } from '../../shared/sync/wire';
import type { Client, Pool } from './db';

export interface SeatRow {
  readonly id: string;
  readonly townId: string;
  readonly seatCode: string;
  readonly label: string;
  readonly scope: SeatScope;
  readonly admin: boolean;
}

interface Row {
  id: string;
  town_id: string;
  seat_code: string;
  label: string;
  scope: 'town' | 'unit';
  unit_id: string | null;
  admin: boolean;
}

const columns = 'id, town_id, seat_code, label, scope, unit_id, admin';

function toSeat(r: Row): SeatRow {
  const scope: SeatScope = r.scope === 'unit' ? { scope: 'unit', unitId: r.unit_id ?? '' } : { scope: 'town' };
  return { id: r.id, townId: r.town_id, seatCode: r.seat_code, label: r.label, scope, admin: r.admin };
}

export async function insertSeat(db: Client, seat: SeatRow, credentialHash: Buffer): Promise<void> {
  await db.query({
    name: 'seats-insert',
    text: 'INSERT INTO seats (id, town_id, seat_code, label, scope, unit_id, admin, credential_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    values: [
      seat.id,
      seat.townId,
      seat.seatCode,
      seat.label,
      seat.scope.scope,
      seat.scope.scope === 'unit' ? seat.scope.unitId : null,
      seat.admin,
      credentialHash,
    ],
  });
}

/** Held by any seat, revoked ones too: their events already carry the code. */
export async function seatCodeTaken(db: Client, seatCode: string): Promise<boolean> {
  const { rowCount } = await db.query({ name: 'seats-code-taken', text: 'SELECT 1 FROM seats WHERE seat_code = $1', values: [seatCode] });
  return rowCount === 1;
}

/** Read on every request, never cached: a revoked seat is refused by every hub process at once. */
export async function seatByCredential(db: Pool, credentialHash: Buffer): Promise<SeatRow | null> {
  const { rows } = await db.query<Row>({
    name: 'seats-by-credential',
    text: `SELECT ${columns} FROM seats WHERE credential_hash = $1 AND revoked_at IS NULL`,
    values: [credentialHash],
  });
  return rows[0] ? toSeat(rows[0]) : null;
}

export async function revokeSeat(db: Pool, townId: string, seatCode: string): Promise<boolean> {
  const { rowCount } = await db.query({
    name: 'seats-revoke',
    text: 'UPDATE seats SET revoked_at = now() WHERE town_id = $1 AND seat_code = $2 AND revoked_at IS NULL',
    values: [townId, seatCode],
  });
  return rowCount === 1;
}
