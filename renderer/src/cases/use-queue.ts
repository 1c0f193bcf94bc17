import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseView } from '../../../shared/api/contract';
import { useApp } from '../app/session';

type QueueMethod = 'queues:unit' | 'queues:supervisor' | 'queues:callback';

/**
 * A work queue from the core, refreshed whenever a case changes anywhere. The core orders and cuts
 * it by the time each case has waited; `compare` re-orders what it sent, for another view of it.
 */
export function useQueue(
  method: QueueMethod,
  compare?: (a: CaseView, b: CaseView) => number,
): { items: CaseView[] | null; loading: boolean } {
  const { api } = useApp();
  const [items, setItems] = useState<CaseView[] | null>(null);
  const [loading, setLoading] = useState(false);
  const load = useCallback(async () => {
    setLoading(true);
    try {
      setItems((await api.call(method, {})).items);
    } finally {
      setLoading(false);
    }
  }, [api, method]);
  useEffect(() => {
    void load();
    return api.on('cases:changed', () => void load());
  }, [api, load]);
  const sorted = useMemo(() => (items && compare ? [...items].sort(compare) : items), [items, compare]);
  return { items: sorted, loading };
}
