/** What a live view shows: the last answer, the error of the last try, and whether a call is out. */
export interface LiveState<T> {
  readonly data: T | null;
  readonly error: string | null;
  readonly loading: boolean;
}

/** Which cases a view shows: a push naming none of them leaves it alone; 'any' for lists new cases can enter. */
export type CaseScope = readonly string[] | 'any';

export interface LiveSourceOptions<T> {
  readonly fetch: () => Promise<T>;
  /** Subscribes to the core's change pushes; returns the unsubscribe. */
  readonly subscribe: (onChanged: (ids: readonly string[]) => void) => () => void;
  readonly caseIds: CaseScope;
  /** A burst of pushes within this time costs one reload. */
  readonly settleMs: number;
  /** Reloads this often even without a push (for figures that change with time alone). */
  readonly everyMs?: number;
  readonly describeError: (error: unknown) => string;
  readonly onState: (state: LiveState<T>) => void;
}

export interface LiveSource<T> {
  reload(): void;
  /** Shows a value the caller already holds (what an action returned) without asking the core. */
  adopt(next: (current: T | null) => T | null): void;
  stop(): void;
}

export function touches(scope: CaseScope, ids: readonly string[]): boolean {
  return scope === 'any' || ids.some((id) => scope.includes(id));
}

/**
 * The one way the renderer keeps a view live: load now, reload after the pushes that touch what
 * is shown (debounced), keep the last good data while reloading or after a failure, and drop an
 * answer that a newer call overtook.
 */
export function startLiveSource<T>(options: LiveSourceOptions<T>): LiveSource<T> {
  let state: LiveState<T> = { data: null, error: null, loading: false };
  let latest = 0;
  let stopped = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const set = (next: Partial<LiveState<T>>) => {
    state = { ...state, ...next };
    if (!stopped) options.onState(state);
  };

  const reload = () => {
    const call = ++latest;
    set({ loading: true });
    options.fetch().then(
      (data) => call === latest && set({ data, error: null, loading: false }),
      (error: unknown) => call === latest && set({ error: options.describeError(error), loading: false }),
    );
  };

  const off = options.subscribe((ids) => {
    if (!touches(options.caseIds, ids)) return;
    pending ??= setTimeout(() => {
      pending = undefined;
      reload();
    }, options.settleMs);
  });
  const timer = options.everyMs === undefined ? undefined : setInterval(reload, options.everyMs);
  reload();

  return {
    reload,
    adopt: (next) => set({ data: next(state.data), error: null }),
    stop: () => {
      stopped = true;
      off();
      clearTimeout(pending);
      clearInterval(timer);
    },
  };
}
