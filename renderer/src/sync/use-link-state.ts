import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/api/methods/sync';
import { whenIdle } from '../app/lazy-page';
import { useApp } from '../app/session';

/**
 * The seat's sync status: fetched once the screen is idle (not before the first key typed into a
 * console just shown), then kept current by the core's `sync:state` pushes.
 */
export function useSyncStatus(): [SyncStatus | null, () => void] {
  const { api } = useApp();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const load = useCallback(() => void api.call('sync:status', {}).then(setStatus, () => undefined), [api]);
  useEffect(() => {
    const cancel = whenIdle(load);
    const off = api.on('sync:state', (state) => setStatus((s) => (s ? { ...s, state } : s)));
    return () => {
      cancel();
      off();
    };
  }, [api, load]);
  return [status, load];
}
