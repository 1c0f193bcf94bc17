import type { Client, Pool } from './db';

export interface Open311Client {
  readonly id: string;
  readonly townId: string;
  readonly label: string;
}

export async function insertOpen311Client(db: Pool | Client, client: Open311Client, keyHash: Buffer): Promise<void> {
  await db.query({
    name: 'open311-clients-insert',
    text: 'INSERT INTO open311_clients (id, town_id, label, key_hash) VALUES ($1, $2, $3, $4)',
    values: [client.id, client.townId, client.label, keyHash],
  });
}

/** The demo client's key is made anew at each demo start: the old one stops working, its requests stay its own. */
export async function replaceOpen311ClientKey(db: Pool | Client, client: Open311Client, keyHash: Buffer): Promise<void> {
  await db.query({
    name: 'open311-clients-replace',
    text: `INSERT INTO open311_clients (id, town_id, label, key_hash) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE SET key_hash = excluded.key_hash, revoked_at = NULL WHERE open311_clients.town_id = excluded.town_id`,
    values: [client.id, client.townId, client.label, keyHash],
  });
}

/** Read on every POST, never cached: a revoked key is refused by every hub process at once. */
export async function open311ClientByKey(db: Pool | Client, keyHash: Buffer): Promise<Open311Client | null> {
  const { rows } = await db.query<{ id: string; town_id: string; label: string }>({
    name: 'open311-clients-by-key',
    text: 'SELECT id, town_id, label FROM open311_clients WHERE key_hash = $1 AND revoked_at IS NULL',
    values: [keyHash],
  });
  const r = rows[0];
  return r ? { id: r.id, townId: r.town_id, label: r.label } : null;
}

export async function revokeOpen311Client(db: Pool | Client, clientId: string): Promise<boolean> {
  const { rowCount } = await db.query({
    name: 'open311-clients-revoke',
    text: 'UPDATE open311_clients SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
    values: [clientId],
  });
  return rowCount === 1;
}

export interface Open311Town {
  readonly id: string;
  readonly seatPrefix: string;
  /** Whether the town shows the public the cases callers filed by phone, too. */
  readonly publishPhoneCases: boolean;
}

/** The towns the hub serves: few, read per request so an opt-in takes effect at once. */
export async function open311Towns(db: Pool | Client): Promise<Map<string, Open311Town>> {
  const { rows } = await db.query<{ id: string; seat_prefix: string; p: boolean }>({
    name: 'open311-towns',
    text: 'SELECT id, seat_prefix, open311_publish_phone_cases AS p FROM towns ORDER BY id',
  });
  return new Map(rows.map((r) => [r.id, { id: r.id, seatPrefix: r.seat_prefix, publishPhoneCases: r.p }]));
}
