import { openTestSocket } from '../../tests/support/ws-client';

/** Enrolls a browser-mode seat with the hub over its own API, as its admin would on 同步设置; an enrolled seat is left as it is. */
export async function enrollSeat(seatUrl: string, hubUrl: string, code: string, label: string): Promise<'enrolled' | 'already'> {
  const socket = await openTestSocket(seatUrl);
  try {
    const admin = await socket.login('admin');
    const status = await socket.call('sync:status', {}, admin);
    if (status.ok && (status.value as { hub: unknown }).hub !== null) return 'already';
    const result = await socket.call('sync:enroll', { hubUrl, code, label }, admin);
    if (!result.ok) throw new Error(`${label}: enrollment refused (${result.error.code}: ${result.error.message})`);
    return 'enrolled';
  } finally {
    socket.close();
  }
}
