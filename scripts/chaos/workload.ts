import { mealCase } from '../../tests/support/meal-case';
import { openTestSocket, type TestSocket } from '../../tests/support/ws-client';

export interface Workload {
  /** Cases whose filing the seat's API acknowledged: each must survive a kill -9 of the seat. */
  readonly filed: Set<string>;
  /** Writes the seat's API acknowledged (filings and actions). */
  acknowledged: number;
  /** Each acknowledged action: its case and the HLC of the event the answer's record ends on. */
  readonly actions: { caseId: string; hlc: string }[];
  /** Writes sent and not yet answered: at a kill, those are cut off mid-write. */
  inFlight: number;
  /** Calls that failed because the seat was down or being restarted. */
  unreachable: number;
  /** Writes the seat refused, by error code (an action a case no longer allows, say). */
  readonly refused: Map<string, number>;
  stop(): Promise<void>;
}

const UNITS = ['unit.cmt.lvdi', 'unit.zhucan', 'unit.laoling'];
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A seat's people at work over its API, as its browser pages would be: the centre's operator
 * files cases (dispatched to 绿地居委会 or a department) and notes others; the committee's handler
 * accepts and notes what is in its queue. Reconnects whenever the seat is gone.
 */
export function startWorkload(seatUrl: () => string, role: 'centre' | 'unit', random: () => number, paceMs: number, retryMs = 300): Workload {
  let running = true;
  const w: Workload = {
    filed: new Set(),
    acknowledged: 0,
    actions: [],
    inFlight: 0,
    unreachable: 0,
    refused: new Map(),
    stop: async () => {
      running = false;
      await loop;
    },
  };
  const settle = (result: { ok: boolean; error?: { code: string } }) => {
    if (result.ok) w.acknowledged++;
    else if (result.error) w.refused.set(result.error.code, (w.refused.get(result.error.code) ?? 0) + 1);
    return result.ok;
  };
  const acted = (record: unknown) => {
    const { id, lastHlc } = record as { id: string; lastHlc: string };
    w.actions.push({ caseId: id, hlc: lastHlc });
  };
  const write = async (call: Promise<Awaited<ReturnType<TestSocket['call']>>>) => {
    w.inFlight++;
    try {
      return await call;
    } finally {
      w.inFlight--;
    }
  };
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const step = async (socket: TestSocket, token: string) => {
    if (role === 'centre') {
      if (random() < 0.6) {
        const filed = await write(socket.call('cases:create', { ...mealCase, description: `混沌测试 ${w.acknowledged} 老人助餐`, dispatchToUnitId: pick(UNITS) ?? null }, token));
        if (settle(filed) && filed.ok) w.filed.add((filed.value as { id: string }).id);
        return;
      }
      const list = await socket.call('cases:list', { limit: 50 }, token);
      const target = list.ok ? pick((list.value as { items: { id: string }[] }).items) : undefined;
      if (!target) return;
      const noted = await write(socket.call('cases:act', { caseId: target.id, action: 'case.noted', payload: { note: '来电催办' } }, token));
      if (settle(noted) && noted.ok) acted(noted.value);
      return;
    }
    const queue = await socket.call('queues:unit', {}, token);
    const target = queue.ok ? pick((queue.value as { items: { id: string; status: string }[] }).items) : undefined;
    if (!target) return;
    const action = target.status === 'dispatched' ? { action: 'case.accepted', payload: {} } : { action: 'case.noted', payload: { note: '已上门了解情况' } };
    const done = await write(socket.call('cases:act', { caseId: target.id, ...action }, token));
    if (settle(done) && done.ok) acted(done.value);
  };
  const loop = (async () => {
    while (running) {
      let socket: TestSocket | null = null;
      try {
        socket = await openTestSocket(seatUrl());
        const token = await socket.login(role === 'centre' ? 'op01' : 'h-lvdi');
        while (running) {
          await step(socket, token);
          await pause(paceMs * (0.5 + random()));
        }
      } catch {
        w.unreachable++;
        await pause(retryMs);
      } finally {
        socket?.close();
      }
    }
  })();
  return w;
}
