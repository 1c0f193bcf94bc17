/**
 * A clock tests can move forward, so a case can be walked to warning and overdue in seconds.
 * Only `scripts/start-web.ts` creates one, and only when LIANXIN_TEST_CLOCK=1 is set at start;
 * the Electron shell never passes one to the core, so a packaged app always runs on real time.
 */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

/** Real time plus whatever the test has skipped; it never runs backwards. */
export function createTestClock(): TestClock {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`A test clock only moves forward: ${ms}`);
      offsetMs += ms;
    },
  };
}
