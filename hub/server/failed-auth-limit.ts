/**
 * Requests with a made-up credential each get their own rate-limit bucket (the bucket is the
 * credential), so failures are also counted per address: past the limit an address is refused
 * before its guesses reach the database. Memory stays bounded however many addresses try.
 */
export class FailedAuthLimit {
  private readonly failures = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly maxAddresses = 10_000,
  ) {}

  blocked(address: string, nowMs = Date.now()): boolean {
    const entry = this.failures.get(address);
    return entry !== undefined && entry.until > nowMs && entry.count >= this.perMinute;
  }

  fail(address: string, nowMs = Date.now()): void {
    const entry = this.failures.get(address);
    if (entry && entry.until > nowMs) {
      entry.count++;
      return;
    }
    if (this.failures.size >= this.maxAddresses) this.failures.clear();
    this.failures.set(address, { count: 1, until: nowMs + 60_000 });
  }
}
