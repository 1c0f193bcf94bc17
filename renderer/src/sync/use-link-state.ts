import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/api/methods/sync';
import { useApp } from '../app/session';

/** The seat's sync status: fetched once, then kept current by the core's `sync:state` pushes. */
export function useSyncStatus(): [SyncStatus | null, () => void] {
  const { api } = useApp();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const load = useCallback(() => void api.call('sync:status', {}).then(setStatus, () => undefined), [api]);
  useEffect(() => {
    load();
    return api.on('sync:state', (state) => setStatus((s) => (s ? { ...s, state } : s)));
  }, [api, load]);
  return [status, load];
}
