import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseView } from '../../../shared/api/contract';
import { useApp } from '../app/session';

type QueueMethod = 'queues:unit' | 'queues:supervisor' | 'queues:callback';

/** A work queue from the core in the given order, refreshed whenever a case changes anywhere. */
export function useQueue(
  method: QueueMethod,
  compare: (a: CaseView, b: CaseView) => number,
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
  const sorted = useMemo(() => (items ? [...items].sort(compare) : null), [items, compare]);
  return { items: sorted, loading };
}
