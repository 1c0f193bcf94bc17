import { useEffect, useState } from 'react';

export type Route = { view: 'intake' } | { view: 'cases'; caseId: string | null } | { view: SlaView };

/** Issue 5's views: the dispatch board, supervision cards, the wall display, SLA settings. */
export const slaViews = ['board', 'cards', 'wall', 'slaAdmin'] as const;
export type SlaView = (typeof slaViews)[number];

export function isSlaView(view: Route['view']): view is SlaView {
  return (slaViews as readonly string[]).includes(view);
}

/** Routes live in the hash so a wall screen or a bookmark can open a view directly. */
export function parseRoute(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  if (view === 'cases') return { view: 'cases', caseId: id ?? null };
  const sla = slaViews.find((v) => v === view);
  if (sla) return { view: sla };
  return { view: 'intake' };
}

export function routeHash(route: Route): string {
  if (route.view === 'cases') return `#/cases${route.caseId ? `/${route.caseId}` : ''}`;
  return `#/${route.view}`;
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
