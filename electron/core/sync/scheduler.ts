/** After a local write, wait this long for more before syncing: a burst of saves goes in one round. */
export const DEBOUNCE_MS = 1000;
/** While the hub is reachable, pull this often for other seats' events. */
export const IDLE_PULL_MS = 5000;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

export interface SchedulerOptions {
  readonly round: () => Promise<unknown>;
  readonly debounceMs?: number;
  readonly idlePullMs?: number;
  readonly firstBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** [0, 1); jitter spreads the retries of many seats after the hub comes back. */
  readonly random?: () => number;
  readonly failed?: (error: unknown, retryInMs: number) => void;
  /** How long the failure itself asks to be left alone (a hub's Retry-After), if at all. */
  readonly waitAsked?: (error: unknown) => number | null;
}

export interface Scheduler {
  /** A local write: sync soon (debounced), unless the hub is being waited out. */
  nudge(): void;
  /** Resolves when the round in flight, if any, has finished; no round starts after. */
  stop(): Promise<void>;
}

/**
 * When sync rounds run: one flight at a time; debounced after local writes; on failure an
 * exponential backoff with jitter on its own timer, so a failed round is retried without waiting
 * for the next write; when idle a periodic pull.
 */
export function createScheduler(o: SchedulerOptions): Scheduler {
  const debounceMs = o.debounceMs ?? DEBOUNCE_MS;
  const idleMs = o.idlePullMs ?? IDLE_PULL_MS;
  const first = o.firstBackoffMs ?? FIRST_BACKOFF_MS;
  const max = o.maxBackoffMs ?? MAX_BACKOFF_MS;
  const random = o.random ?? Math.random;
  let timer: NodeJS.Timeout | null = null;
  let dueAt = 0;
  let flight: Promise<void> | null = null;
  let failures = 0;
  let nudgedInFlight = false;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    dueAt = Date.now() + ms;
    timer = setTimeout(run, ms);
  };
  const backoff = () => {
    const ceiling = Math.min(max, first * 2 ** Math.min(failures - 1, 30));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  };
  function run() {
    timer = null;
    if (stopped || flight) return;
    nudgedInFlight = false;
    flight = o
      .round()
      .then(
        () => {
          failures = 0;
          schedule(nudgedInFlight ? debounceMs : idleMs);
        },
        (error: unknown) => {
          failures++;
          // The hub's own ask is a floor, with the jitter on top so the seats it refused do not all come back at once.
          const asked = o.waitAsked?.(error) ?? 0;
          const wait = asked > 0 ? Math.max(backoff(), Math.round(asked * (1 + random() / 2))) : backoff();
          o.failed?.(error, wait);
          schedule(wait);
        },
      )
      .finally(() => {
        flight = null;
      });
  }
  schedule(0);
  return {
    nudge() {
      if (flight) {
        nudgedInFlight = true;
        return;
      }
      // While backing off, the retry timer stands: writes at a desk must not hammer a dead hub.
      if (failures > 0) return;
      // A round already due sooner takes this write along; steady typing never postpones sync.
      if (timer && dueAt <= Date.now() + debounceMs) return;
      schedule(debounceMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await flight;
    },
  };
}
