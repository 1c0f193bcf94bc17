import WebSocket from 'ws';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { MethodName } from '../../../shared/api/names';

/**
 * The browser-mode API as a second seat would use it, for setting up a scene quickly (filing the
 * cases a test then works on in the UI). It connects with the page's own origin, as the server demands.
 */
export async function connectApi(url: string) {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}api`, { origin: url.replace(/\/$/, '') });
  await new Promise((done, fail) => {
    socket.once('open', done);
    socket.once('error', fail);
  });
  let nextId = 0;
  let session: string | null = null;
  const call = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> =>
    new Promise((done, fail) => {
      const id = nextId++;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString()) as { id?: number; result?: ApiResult<MethodOutput<M>> };
        if (message.id !== id || !message.result) return;
        socket.off('message', onMessage);
        if (message.result.ok) done(message.result.value);
        else fail(new Error(`${method}: ${message.result.error.message}`));
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method, input, session, lang: 'zh-CN' }));
    });
  return {
    call,
    async logIn(username: string) {
      session = (await call('auth:login', { username, password: `demo-${username}` })).token;
    },
    close: () => socket.close(),
  };
}
