import { parseArgs } from 'node:util';
import type { SeatScope } from '../../shared/sync/wire';

export type HubCommand =
  | { readonly kind: 'serve'; readonly port: number; readonly host: string; readonly demo: boolean }
  | { readonly kind: 'enroll-code'; readonly scope: SeatScope; readonly admin: boolean; readonly town: string }
  | { readonly kind: 'revoke-seat'; readonly seatCode: string; readonly town: string }
  | { readonly kind: 'open311-key'; readonly clientId: string; readonly label: string; readonly town: string }
  | { readonly kind: 'revoke-open311-key'; readonly clientId: string };

export interface HubArgs {
  readonly command: HubCommand;
  /** Where the embedded PostgreSQL keeps its cluster; unused with DATABASE_URL. */
  readonly dataDir: string;
}

export class UsageError extends Error {}

export const usage = `npm run hub -- [--port N] [--host H] [--data DIR] [--demo]
npm run hub -- --enroll-code --scope town|unit:<unitId> [--admin] [--town ID] [--data DIR]
npm run hub -- --revoke-seat <SEATCODE> [--town ID] [--data DIR]
npm run hub -- --open311-key <client-id> [--label TEXT] [--town ID] [--data DIR]
npm run hub -- --revoke-open311-key <client-id> [--data DIR]
With DATABASE_URL set the hub uses that PostgreSQL; otherwise an embedded one in --data (default .data/hub).`;

function parseScope(text: string): SeatScope {
  if (text === 'town') return { scope: 'town' };
  const unit = /^unit:(.{1,64})$/.exec(text);
  if (unit?.[1]) return { scope: 'unit', unitId: unit[1] };
  throw new UsageError(`--scope must be town or unit:<unitId>, not ${text}`);
}

export function parseHubArgs(argv: readonly string[]): HubArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '5318' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.data/hub' },
      demo: { type: 'boolean', default: false },
      'enroll-code': { type: 'boolean', default: false },
      scope: { type: 'string', default: 'town' },
      admin: { type: 'boolean', default: false },
      town: { type: 'string', default: 'gaohang' },
      'revoke-seat': { type: 'string' },
      'open311-key': { type: 'string' },
      label: { type: 'string' },
      'revoke-open311-key': { type: 'string' },
    },
    strict: true,
  });
  const dataDir = values.data;
  if (values['enroll-code']) {
    return { dataDir, command: { kind: 'enroll-code', scope: parseScope(values.scope), admin: values.admin, town: values.town } };
  }
  if (values['revoke-seat']) return { dataDir, command: { kind: 'revoke-seat', seatCode: values['revoke-seat'], town: values.town } };
  const clientId = values['open311-key'];
  if (clientId) return { dataDir, command: { kind: 'open311-key', clientId, label: values.label ?? clientId, town: values.town } };
  const revokeClient = values['revoke-open311-key'];
  if (revokeClient) return { dataDir, command: { kind: 'revoke-open311-key', clientId: revokeClient } };
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, not ${values.port}`);
  return { dataDir, command: { kind: 'serve', port, host: values.host, demo: values.demo } };
}
