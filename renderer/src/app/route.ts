import { useLayoutEffect, useState } from 'react';

/** Views that list cases, each able to open one in its detail. */
export const caseViews = ['cases', 'queue', 'inbox', 'callbacks'] as const;
export type CaseViewName = (typeof caseViews)[number];

/** Views with nothing in the address but their name. */
export const plainViews = ['intake', 'knowledge', 'board', 'cards', 'wall', 'slaAdmin', 'synonyms', 'users', 'townSetup', 'sync', 'assessment'] as const;
export type PlainViewName = (typeof plainViews)[number];
export type SlaView = Extract<PlainViewName, 'board' | 'cards' | 'wall' | 'slaAdmin'>;

export type Route =
  | { view: PlainViewName }
  | { view: CaseViewName; caseId: string | null }
  | { view: 'search'; query: string };

/** Routes live in the hash so a wall screen or a bookmark can open a view directly; null: none chosen yet. */
export function parseRoute(hash: string): Route | null {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const listView = caseViews.find((v) => v === view);
  if (listView) return { view: listView, caseId: id ?? null };
  if (view === 'search') return { view: 'search', query: decodeURIComponent(id ?? '') };
  const plain = plainViews.find((v) => v === view);
  return plain ? { view: plain } : null;
}

export function routeHash(route: Route): string {
  if ('caseId' in route) return `#/${route.view}${route.caseId ? `/${route.caseId}` : ''}`;
  if ('query' in route) return `#/search${route.query ? `/${encodeURIComponent(route.query)}` : ''}`;
  return `#/${route.view}`;
}

/**
 * The route in the hash, and a way to go elsewhere: going sets the hash, and its listener the view.
 * The listener starts in a layout effect, with the frame's keys (react-hotkeys-hook binds in one
 * too): started in a passive effect, it missed the hash an F4 set the instant the console appeared.
 */
export function useRoute(): [Route | null, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useLayoutEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = routeHash(next))];
}
