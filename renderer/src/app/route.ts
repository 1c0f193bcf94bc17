import { useEffect, useState } from 'react';

/** Views that list cases, each able to open one in its detail. */
export const caseViews = ['cases', 'queue', 'inbox', 'callbacks'] as const;
export type CaseViewName = (typeof caseViews)[number];

export type Route = { view: 'intake' } | { view: CaseViewName; caseId: string | null };

/** Routes live in the hash so a wall screen or a bookmark can open a view directly; null: none chosen yet. */
export function parseRoute(hash: string): Route | null {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const listView = caseViews.find((v) => v === view);
  if (listView) return { view: listView, caseId: id ?? null };
  return view === 'intake' ? { view: 'intake' } : null;
}

export function routeHash(route: Route): string {
  return route.view === 'intake' ? '#/intake' : `#/${route.view}${route.caseId ? `/${route.caseId}` : ''}`;
}

export function useRoute(): [Route | null, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = routeHash(next))];
}
