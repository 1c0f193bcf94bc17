import { createContext, useContext, useMemo } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import type { ApiClient } from '../api/client';

export type Session = MethodOutput<'auth:login'>;
export type Reference = MethodOutput<'reference:get'>;

export interface AppServices {
  readonly api: ApiClient;
  readonly session: Session;
  readonly reference: Reference;
  readonly logout: () => void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside a logged-in session');
  return services;
}

/**
 * Looks up reference names by id, for lists and details; the same maps while the reference data
 * stays the same, so a memoised row that reads them is not drawn again.
 */
export function useNames() {
  const { reference } = useApp();
  return useMemo(() => {
    const byId = <T extends { id: string; name: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i.name]));
    return {
      unit: byId(reference.units),
      committee: byId(reference.committees),
      category: byId(reference.categories),
      user: new Map(reference.users.map((u) => [u.id, u.displayName])),
    };
  }, [reference]);
}
