import { useEffect, useState } from 'react';

/** Views that list cases, each able to open one in its detail. */
export const caseViews = ['cases', 'queue', 'inbox', 'callbacks'] as const;
export type CaseViewName = (typeof caseViews)[number];

export type Route =
  | { view: 'intake' }
  | { view: CaseViewName; caseId: string | null }
  | { view: 'search'; query: string }
  | { view: 'knowledge' };

/** Routes live in the hash so a wall screen or a bookmark can open a view directly; null: none chosen yet. */
export function parseRoute(hash: string): Route | null {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const listView = caseViews.find((v) => v === view);
  if (listView) return { view: listView, caseId: id ?? null };
  if (view === 'search') return { view: 'search', query: decodeURIComponent(id ?? '') };
  if (view === 'intake' || view === 'knowledge') return { view };
  return null;
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'intake':
    case 'knowledge':
      return `#/${route.view}`;
    case 'search':
      return `#/search${route.query ? `/${encodeURIComponent(route.query)}` : ''}`;
    default:
      return `#/${route.view}${route.caseId ? `/${route.caseId}` : ''}`;
  }
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
