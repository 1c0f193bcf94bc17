import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLiveSource, type LiveState } from './live-call';

/** A core whose answers the test releases one by one, and a push channel it fires by hand. */
function harness(caseIds: readonly string[] | 'any') {
  const answers: { resolve: (v: number) => void; reject: (e: Error) => void }[] = [];
  const listeners = new Set<(ids: readonly string[]) => void>();
  const states: LiveState<number>[] = [];
  const source = startLiveSource<number>({
    fetch: () => new Promise((resolve, reject) => answers.push({ resolve, reject })),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    caseIds,
    settleMs: 300,
    describeError: (e) => (e instanceof Error ? e.message : 'network'),
    onState: (s) => states.push(s),
  });
  const push = (...ids: string[]) => listeners.forEach((l) => l(ids));
  const last = () => states.at(-1);
  return { answers, source, push, last, listeners };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('a live call', () => {
  it('loads at once and shows the answer', async () => {
    const h = harness('any');
    expect(h.last()).toEqual({ data: null, error: null, loading: true });
    h.answers[0]?.resolve(7);
    await vi.runAllTimersAsync();
    expect(h.last()).toEqual({ data: 7, error: null, loading: false });
  });

  it('shows the error of a failed call instead of loading forever', async () => {
    const h = harness(['c1']);
    h.answers[0]?.reject(new Error('找不到工单'));
    await vi.runAllTimersAsync();
    expect(h.last()).toEqual({ data: null, error: '找不到工单', loading: false });
  });

  it('reloads once after a burst of pushes that touch its cases, and not for other cases', async () => {
    const h = harness(['c1']);
    h.answers[0]?.resolve(1);
    await vi.runAllTimersAsync();
    h.push('c2');
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.answers).toHaveLength(1);
    h.push('c1');
    h.push('c1', 'c3');
    h.push('c1');
    await vi.advanceTimersByTimeAsync(299);
    expect(h.answers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.answers).toHaveLength(2);
  });

  it('keeps the newest answer when an older call returns late', async () => {
    const h = harness('any');
    h.source.reload();
    h.answers[1]?.resolve(2);
    h.answers[0]?.resolve(1);
    await vi.runAllTimersAsync();
    expect(h.last()?.data).toBe(2);
  });

  it('shows an adopted value without calling the core', async () => {
    const h = harness('any');
    h.answers[0]?.resolve(1);
    await vi.runAllTimersAsync();
    h.source.adopt((n) => (n ?? 0) + 40);
    expect(h.last()).toEqual({ data: 41, error: null, loading: false });
    expect(h.answers).toHaveLength(1);
  });

  it('stops listening when stopped', async () => {
    const h = harness('any');
    h.source.stop();
    expect(h.listeners.size).toBe(0);
    h.push('c1');
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.answers).toHaveLength(1);
  });
});
