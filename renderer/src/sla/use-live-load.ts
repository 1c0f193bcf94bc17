import { useEffect } from 'react';
import { useApp } from '../app/session';

/**
 * Runs `load` now, every `everyMs` if given, and shortly after cases change — at most once per
 * `settleMs`, so a burst of changes (a supervision round, a busy hour) costs one reload.
 * `load` must keep its identity (useCallback) or it reloads on every render.
 */
export function useLiveLoad(load: () => void, settleMs: number, everyMs?: number): void {
  const { api } = useApp();
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    load();
    const timer = everyMs === undefined ? undefined : setInterval(load, everyMs);
    const off = api.on('cases:changed', () => {
      pending ??= setTimeout(() => {
        pending = undefined;
        load();
      }, settleMs);
    });
    return () => {
      clearInterval(timer);
      clearTimeout(pending);
      off();
    };
  }, [api, load, settleMs, everyMs]);
}
