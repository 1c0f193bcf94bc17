import WebSocket from 'ws';
import type { ApiResult } from '../../shared/api/errors';

export interface TestSocket {
  readonly ws: WebSocket;
  readonly pushes: Array<{ push: string; payload: unknown }>;
  /** Resolves with the close code once the server (or we) closed the connection. */
  readonly closed: Promise<number>;
  call(method: string, input: unknown, session?: string | null): Promise<ApiResult<unknown>>;
  login(username: string): Promise<string>;
  close(): void;
}

/** A WebSocket client of browser mode as a page on its origin would open it (`url`: the server's `/`). */
export async function openTestSocket(url: string): Promise<TestSocket> {
  const base = new URL(url);
  const ws = new WebSocket(`ws://${base.host}/api`, { origin: base.origin });
  const pending = new Map<number, { answer: (result: ApiResult<unknown>) => void; fail: (error: Error) => void }>();
  const pushes: Array<{ push: string; payload: unknown }> = [];
  let nextId = 1;
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number | null; result?: ApiResult<unknown>; push?: string; payload?: unknown };
    if (typeof message.id === 'number' && message.result) {
      pending.get(message.id)?.answer(message.result);
      pending.delete(message.id);
    } else if (message.push) {
      pushes.push({ push: message.push, payload: message.payload });
    }
  });
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  // A call the closed connection can no longer answer fails at once, as a page's would when its
  // server is gone, rather than after the 10 s below.
  void closed.then((code) => {
    for (const { fail } of pending.values()) fail(new Error(`connection closed (${code})`));
    pending.clear();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  // A call the server never answers fails after 10 s rather than hang the test.
  const call = (method: string, input: unknown, session: string | null = null) =>
    new Promise<ApiResult<unknown>>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`no answer to ${method.slice(0, 40)} in 10 s`));
      }, 10_000);
      pending.set(id, {
        answer: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        fail: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      if (ws.readyState !== WebSocket.OPEN) {
        pending.get(id)?.fail(new Error('connection closed'));
        return void pending.delete(id);
      }
      ws.send(JSON.stringify({ id, method, input, session, lang: 'en' }));
    });
  return {
    ws,
    pushes,
    closed,
    call,
    async login(username) {
      const result = await call('auth:login', { username, password: `demo-${username}` });
      if (!result.ok) throw new Error(`login ${username}: ${result.error.code}`);
      return (result.value as { token: string }).token;
    },
    close: () => ws.terminate(),
  };
}
