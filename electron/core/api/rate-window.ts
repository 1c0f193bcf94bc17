/**
 * Counts events per key in fixed windows: how many logins failed from an address, how many calls
 * a connection or an address sent. Fixed windows are cheap and good enough to stop floods; keys
 * whose window has ended are dropped, so a stream of new keys cannot grow memory for long.
 */
export class RateWindow {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one event for `key`; false when the key had already reached its limit (not counted). */
  take(key: string, now: number): boolean {
    const current = this.current(key, now);
    if (current.count >= this.limit) return false;
    current.count += 1;
    return true;
  }

  /** Whether one more event for `key` would still be within the limit, without counting it. */
  allows(key: string, now: number, extra = 0): boolean {
    return this.current(key, now).count + extra < this.limit;
  }

  /** Milliseconds until `key`'s window ends. */
  retryAfterMs(key: string, now: number): number {
    return this.current(key, now).start + this.windowMs - now;
  }

  private current(key: string, now: number): { start: number; count: number } {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    return window;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
