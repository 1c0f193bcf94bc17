import { hashSecret, newCredential } from '../auth/tokens';
import { pgErrorCode, type Pool } from '../store/db';
import { insertOpen311Client, open311ClientByKey, replaceOpen311ClientKey, revokeOpen311Client, type Open311Client } from '../store/open311-clients';
import { townExists } from '../store/towns';
import { Open311Error } from './reply';

export class ApiKeyError extends Error {}

/** An admin makes a key for one client application of a town; only its hash is kept, so it is shown once. */
export async function createApiKey(pool: Pool, client: Open311Client): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]{0,31}$/.test(client.id)) throw new ApiKeyError('A client id is 1–32 lower-case letters, digits and dashes');
  if (!(await townExists(pool, client.townId))) throw new ApiKeyError(`No town ${client.townId}`);
  const key = newCredential();
  try {
    await insertOpen311Client(pool, client, hashSecret(key, 'api_key'));
  } catch (err) {
    if (pgErrorCode(err) === '23505') throw new ApiKeyError(`Client id ${client.id} is taken (also by a revoked key): choose another`);
    throw err;
  }
  return key;
}

export const DEMO_OPEN311_CLIENT = 'demo-app';

/** `--demo`: a fresh key for the demo town's sample reporting app, printed so a new user can file a request at once. */
export async function demoApiKey(pool: Pool, townId: string): Promise<string> {
  const key = newCredential();
  await replaceOpen311ClientKey(pool, { id: DEMO_OPEN311_CLIENT, townId, label: '演示应用' }, hashSecret(key, 'api_key'));
  return key;
}

export function revokeApiKey(pool: Pool, clientId: string): Promise<boolean> {
  return revokeOpen311Client(pool, clientId);
}

/** The client behind a POST's api_key: 403 when it is missing, unknown or revoked, as GeoReport v2 says. */
export async function clientOfKey(pool: Pool, apiKey: string | null): Promise<Open311Client> {
  const client = apiKey && /^[A-Za-z0-9_-]{16,128}$/.test(apiKey) ? await open311ClientByKey(pool, hashSecret(apiKey, 'api_key')) : null;
  if (!client) throw new Open311Error(403, 'A valid api_key is required');
  return client;
}
