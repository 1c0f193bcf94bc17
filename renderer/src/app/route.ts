import { useEffect, useState } from 'react';

export type Route =
  | { view: 'intake' }
  | { view: 'cases'; caseId: string | null }
  | { view: 'search'; query: string }
  | { view: 'knowledge' };

/** Routes live in the hash so a wall screen or a bookmark can open a view directly. */
export function parseRoute(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  if (view === 'cases') return { view: 'cases', caseId: id ?? null };
  if (view === 'search') return { view: 'search', query: decodeURIComponent(id ?? '') };
  if (view === 'knowledge') return { view: 'knowledge' };
  return { view: 'intake' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'cases':
      return `#/cases${route.caseId ? `/${route.caseId}` : ''}`;
    case 'search':
      return `#/search${route.query ? `/${encodeURIComponent(route.query)}` : ''}`;
    case 'knowledge':
      return '#/knowledge';
    case 'intake':
      return '#/intake';
  }
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = routeHash(next))];
}
