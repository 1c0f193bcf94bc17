import { useEffect, useState } from 'react';
import type { StoredClock } from '../../../shared/api/methods/sla';
import { useApp } from '../app/session';
import { useFollowCoreTime } from './screen-clock';

/** The nearest running clock of each case on screen, refreshed when any of them changes. */
export function useNearestClocks(caseIds: readonly string[]): ReadonlyMap<string, StoredClock> {
  const { api } = useApp();
  const follow = useFollowCoreTime();
  const [clocks, setClocks] = useState<ReadonlyMap<string, StoredClock>>(new Map());
  const key = caseIds.join(',');
  useEffect(() => {
    const ids = key === '' ? [] : key.split(',');
    const load = () =>
      void api.call('sla:nearest', { caseIds: ids }).then((r) => {
        follow(r.now);
        setClocks(new Map(r.clocks.map((c) => [c.caseId, c])));
      });
    load();
    return api.on('cases:changed', (changed) => changed.ids.some((id) => ids.includes(id)) && load());
  }, [api, follow, key]);
  return clocks;
}
