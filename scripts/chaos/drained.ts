import { openTestSocket } from '../../tests/support/ws-client';

/** Every seat says its outbox is empty and its link is online. */
export async function drained(urls: readonly string[]): Promise<boolean> {
  for (const url of urls) {
    const socket = await openTestSocket(url).catch(() => null);
    if (!socket) return false;
    try {
      const status = await socket.call('sync:status', {}, await socket.login('admin'));
      const state = status.ok ? (status.value as { state: { outbox: number; link: string } }).state : null;
      if (!state || state.outbox > 0 || state.link !== 'online') return false;
    } finally {
      socket.close();
    }
  }
  return true;
}
