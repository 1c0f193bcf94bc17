import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client';
import { callEarly, takeEarlyCall } from './early-call';

/** A core whose answers the test releases, counting the calls that reach it, and a push it fires by hand. */
function fakeApi() {
  const answers: ((v: unknown) => void)[] = [];
  const listeners = new Set<() => void>();
  const api = {
    call: () => new Promise((resolve) => answers.push(resolve)),
    on: (_event: string, listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
  } as unknown as ApiClient;
  return { api, answers, listeners, push: () => listeners.forEach((l) => l()) };
}

const head = { unitId: null, committeeId: null, categoryId: null, urgency: null, limit: 60 };

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('a call started by the key that opens a view', () => {
  it('is taken once by the first load of the same method and input, which makes no call of its own', async () => {
    const f = fakeApi();
    callEarly(f.api, 'board:list', head);
    expect(takeEarlyCall('board:list', { ...head, limit: 1000 })).toBeNull();
    const taken = takeEarlyCall('board:list', { ...head });
    expect(taken).not.toBeNull();
    f.answers[0]?.({ rows: [], total: 0 });
    await expect(taken).resolves.toEqual({ rows: [], total: 0 });
    expect(takeEarlyCall('board:list', head)).toBeNull();
    expect(f.answers).toHaveLength(1);
    expect(f.listeners.size).toBe(0);
  });

  it('keeps an answer that changes pushed before it already include, and drops one a later change may have outdated', async () => {
    const f = fakeApi();
    callEarly(f.api, 'board:list', head);
    f.push();
    f.answers[0]?.({ total: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(takeEarlyCall('board:list', head)).not.toBeNull();

    callEarly(f.api, 'board:list', head);
    f.answers[1]?.({ total: 1 });
    await vi.advanceTimersByTimeAsync(0);
    f.push();
    expect(takeEarlyCall('board:list', head)).toBeNull();
  });

  it('is not taken once it is two seconds old, and stops listening then', async () => {
    const f = fakeApi();
    callEarly(f.api, 'board:list', head);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(f.listeners.size).toBe(0);
    expect(takeEarlyCall('board:list', head)).toBeNull();
  });
});
