import { useMemo } from 'react';
import type { StoredClock } from '../../../shared/api/methods/sla';
import { useLiveCall } from '../live/use-live-call';
import { useFollowCoreTime } from './screen-clock';

/** The nearest running clock of each case on screen, refreshed when any of them changes. */
export function useNearestClocks(caseIds: readonly string[]): ReadonlyMap<string, StoredClock> {
  const live = useLiveCall('sla:nearest', { caseIds: [...caseIds] }, { caseIds });
  const { data } = live;
  useFollowCoreTime(data?.now);
  return useMemo(() => new Map(data?.clocks.map((c) => [c.caseId, c])), [data]);
}
