import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { whenIdle } from '../app/lazy-page';
import { useApp } from '../app/session';

/**
 * One timer for the whole screen: every countdown reads this clock, so a list of 20,000 cases
 * ticks once a second without a timer per row. It follows the core's time (each SLA answer
 * carries `now`), so a seat whose own clock is off still counts down to the right second.
 */
class ScreenClock {
  private offsetMs = 0;
  private current = Date.now();
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly snapshot = () => this.current;

  tick(): void {
    this.current = Date.now() + this.offsetMs;
    for (const listener of this.listeners) listener();
  }

  /** Takes the core's time from an answer that just arrived. */
  follow(coreNow: string): void {
    this.offsetMs = Date.parse(coreNow) - Date.now();
    this.tick();
  }
}

const ScreenClockContext = createContext<ScreenClock | null>(null);

/** How often the screen re-reads the core's time even when no SLA answer arrives. */
const resyncEveryMs = 10_000;

export function ScreenClockProvider({ children }: { children: ReactNode }) {
  const { api } = useApp();
  const clock = useMemo(() => new ScreenClock(), []);
  useEffect(() => {
    const timer = setInterval(() => clock.tick(), 1000);
    const resync = () => void api.call('sla:status', {}).then((s) => clock.follow(s.now), () => undefined);
    // Until then the seat's own clock counts: the first key into a console just shown goes first.
    const cancelFirst = whenIdle(resync);
    const resyncTimer = setInterval(resync, resyncEveryMs);
    return () => {
      cancelFirst();
      clearInterval(timer);
      clearInterval(resyncTimer);
    };
  }, [api, clock]);
  return <ScreenClockContext.Provider value={clock}>{children}</ScreenClockContext.Provider>;
}

function useScreenClock(): ScreenClock {
  const clock = useContext(ScreenClockContext);
  if (!clock) throw new Error('useNow outside ScreenClockProvider');
  return clock;
}

/** The screen's current time in ms; the component re-renders once a second. */
export function useNow(): number {
  const clock = useScreenClock();
  return useSyncExternalStore(clock.subscribe, clock.snapshot);
}

/** Reads the screen's time when called, without drawing the component again each second. */
export function useScreenTime(): () => number {
  return useScreenClock().snapshot;
}

/** Keeps the screen on the core's time: pass the `now` of the SLA answer on screen (none yet: undefined). */
export function useFollowCoreTime(coreNow: string | undefined): void {
  const clock = useScreenClock();
  useEffect(() => {
    if (coreNow !== undefined) clock.follow(coreNow);
  }, [clock, coreNow]);
}
