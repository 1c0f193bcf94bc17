import { useEffect, useState } from 'react';

export type Route = { view: 'intake' } | { view: 'cases'; caseId: string | null };

/** Routes live in the hash so a wall screen or a bookmark can open a view directly. */
export function parseRoute(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  if (view === 'cases') return { view: 'cases', caseId: id ?? null };
  return { view: 'intake' };
}

export function routeHash(route: Route): string {
  return route.view === 'cases' ? `#/cases${route.caseId ? `/${route.caseId}` : ''}` : '#/intake';
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
