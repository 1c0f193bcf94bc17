import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CaseEvent } from '../../../../shared/case/events';
import {
  EnrollRequest,
  MAX_PULL_ITEMS,
  MAX_PUSH_BYTES,
  PushRequest,
  type PullItem,
  type PushResponse,
  type RejectReason,
  type SeatScope,
} from '../../../../shared/sync/wire';

/**
 * A STAND-IN for the hub, for tests only: the wire contract of shared/sync/wire.ts over real HTTP
 * on 127.0.0.1, with an in-memory sequence instead of PostgreSQL and none of the real hub's
 * scoping, rate limits or persistence. Every seat receives every event. It can be taken down
 * (connections are reset), skewed, and made to hand out raw items, to test the worker's defences.
 */
export interface StandInHub {
  readonly url: string;
  /** A one-time code that enrolls a seat as `seatCode`. */
  issueCode(seatCode: string, scope?: SeatScope): string;
  /** Every event held, in hub sequence order. */
  events(): readonly CaseEvent[];
  /** While down, every request's connection is reset, as when the hub's host is unreachable. */
  setDown(down: boolean): void;
  /** The hub's clock offset from the seats' (hub − seat). */
  setSkewMs(ms: number): void;
  /** Appends an item as is, valid or not, to the stream every seat pulls. */
  appendRaw(item: (seq: number) => unknown): void;
  /** Requests served, by path. */
  readonly served: Map<string, number>;
  close(): Promise<void>;
}

interface Seat {
  readonly seatCode: string;
}

export async function startStandInHub(): Promise<StandInHub> {
  const codes = new Map<string, { seatCode: string; scope: SeatScope }>();
  const credentials = new Map<string, Seat>();
  /** The hub's stream: item n has sequence n + 1, made when it is pulled. */
  const log: ((seq: number) => unknown)[] = [];
  const ids = new Set<string>();
  const served = new Map<string, number>();
  let down = false;
  let skewMs = 0;
  const hubTime = () => new Date(Date.now() + skewMs).toISOString();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://hub');
    served.set(url.pathname, (served.get(url.pathname) ?? 0) + 1);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, code: string) => send(status, { error: { code, message: code } });
    if (req.method === 'GET' && url.pathname === '/v1/health') return send(200, { ok: true, version: 'stand-in', hubTime: hubTime() });
    if (req.method === 'POST' && url.pathname === '/v1/seats/enroll') {
      const body = EnrollRequest.safeParse(await readJson(req));
      const grant = body.success ? codes.get(body.data.code) : undefined;
      if (!body.success || !grant) return fail(403, 'bad_code');
      codes.delete(body.data.code);
      const credential = randomBytes(32).toString('hex');
      credentials.set(credential, { seatCode: grant.seatCode });
      return send(200, { seatId: `seat-${grant.seatCode}`, seatCode: grant.seatCode, townId: 'town.gaohang', scope: grant.scope, credential });
    }
    const seat = credentials.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!seat) return fail(401, 'unauthenticated');
    if (req.method === 'POST' && url.pathname === '/v1/sync/push') {
      const body = PushRequest.safeParse(await readJson(req));
      if (!body.success) return fail(400, 'invalid_input');
      const answer: PushResponse = { acknowledged: [], rejected: [], hubTime: hubTime(), skewMs: 0 };
      answer.skewMs = Date.parse(answer.hubTime) - Date.parse(body.data.sentAt);
      for (const raw of body.data.events) {
        const parsed = CaseEvent.safeParse(raw);
        const id = typeof (raw as { id?: unknown }).id === 'string' ? String((raw as { id: string }).id) : '';
        const reject = (reason: RejectReason, detail: string) => answer.rejected.push({ id, reason, detail });
        if (!parsed.success) reject('invalid', parsed.error.issues[0]?.message ?? 'invalid');
        else if (parsed.data.seatId !== seat.seatCode) reject('forged_seat', `claims seat ${parsed.data.seatId}`);
        else {
          if (!ids.has(parsed.data.id)) {
            ids.add(parsed.data.id);
            const event = parsed.data;
            log.push((seq: number) => ({ kind: 'event', seq, event }) satisfies PullItem);
          }
          answer.acknowledged.push(parsed.data.id);
        }
      }
      return send(200, answer);
    }
    if (req.method === 'GET' && url.pathname === '/v1/sync/pull') {
      const after = Number(url.searchParams.get('after') ?? '0');
      const limit = Math.min(MAX_PULL_ITEMS, Number(url.searchParams.get('limit') ?? MAX_PULL_ITEMS));
      const slice = log.slice(after, after + limit);
      const items = slice.map((make, i) => make(after + i + 1));
      return send(200, { items, cursor: after + slice.length, more: after + slice.length < log.length, hubTime: hubTime() });
    }
    return fail(404, 'not_found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issueCode(seatCode, scope = { scope: 'town' }) {
      const code = randomBytes(8).toString('hex');
      codes.set(code, { seatCode, scope });
      return code;
    },
    events: () =>
      log.flatMap((make, i) => {
        const item = make(i + 1) as { kind?: string; event?: CaseEvent };
        return item.kind === 'event' && item.event ? [item.event] : [];
      }),
    setDown: (d) => {
      down = d;
      if (d) server.closeIdleConnections();
    },
    setSkewMs: (ms) => {
      skewMs = ms;
    },
    appendRaw: (make) => log.push(make),
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_PUSH_BYTES) throw new Error('body too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}
