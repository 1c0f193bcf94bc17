import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from './scheduler';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A round the test finishes by hand, to see what happens while one is in flight. */
function rounds() {
  const started: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const round = () =>
    new Promise<void>((resolve, reject) => {
      started.push({ resolve, reject });
    });
  return { round, started };
}

describe('the sync scheduler', () => {
  it('syncs at start, then a second after a burst of local writes, in one round', async () => {
    const r = rounds();
    const s = createScheduler({ round: r.round, debounceMs: 1000, idlePullMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    r.started[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 5; i++) {
      s.nudge();
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(r.started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(r.started).toHaveLength(2);
    r.started[1]?.resolve();
    await s.stop();
  });

  it('runs one round at a time; a write during a round gets a round of its own after it', async () => {
    const r = rounds();
    const s = createScheduler({ round: r.round, debounceMs: 1000, idlePullMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    s.nudge();
    await vi.advanceTimersByTimeAsync(5000);
    expect(r.started).toHaveLength(1);
    r.started[0]?.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.started).toHaveLength(2);
    r.started[1]?.resolve();
    await s.stop();
  });

  it('retries a failed round on its own timer, backing off exponentially with jitter, and does not hammer on writes', async () => {
    const waits: number[] = [];
    let calls = 0;
    const s = createScheduler({
      round: () => {
        calls++;
        return Promise.reject(new Error('hub down'));
      },
      firstBackoffMs: 1000,
      maxBackoffMs: 8000,
      random: () => 0.5,
      failed: (_e, wait) => waits.push(wait),
    });
    await vi.advanceTimersByTimeAsync(0);
    s.nudge();
    s.nudge();
    await vi.advanceTimersByTimeAsync(60_000);
    // Half the ceiling plus half of it jittered: 750, 1500, 3000, 6000, then capped at 8000.
    expect(waits.slice(0, 6)).toEqual([750, 1500, 3000, 6000, 6000, 6000]);
    expect(calls).toBe(waits.length);
    await s.stop();
  });

  it('pulls on its own while idle, and after a failure goes back to the quick rhythm once a round succeeds', async () => {
    let fail = true;
    let calls = 0;
    const s = createScheduler({ round: () => (calls++, fail ? Promise.reject(new Error('down')) : Promise.resolve()), idlePullMs: 5000, firstBackoffMs: 1000, random: () => 0 });
    await vi.advanceTimersByTimeAsync(0);
    fail = false;
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(calls).toBe(5);
    await s.stop();
  });

  it('waits at least as long as a busy hub asked before it tries again, then backs off as usual', async () => {
    const started: number[] = [];
    const busy = Object.assign(new Error('busy'), { retryAfterMs: 2000 });
    let calls = 0;
    const s = createScheduler({
      round: () => (started.push(Date.now()), calls++ < 2 ? Promise.reject(busy) : Promise.reject(new Error('down'))),
      firstBackoffMs: 100,
      random: () => 0.5,
      waitAsked: (e) => (e === busy ? busy.retryAfterMs : null),
    });
    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(1000);
    // The backoff alone would have retried after 75 ms; the hub asked for 2 s, and gets a quarter more as jitter.
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1500);
    expect(started.map((t) => t - t0)).toEqual([0, 2500]);
    await vi.advanceTimersByTimeAsync(2800);
    // The third failure is not a busy one: the plain backoff (ceiling 400 ms, jittered to 300).
    expect(started.map((t) => t - t0)).toEqual([0, 2500, 5000, 5300]);
    await s.stop();
  });
});
