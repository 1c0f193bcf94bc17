import type { Role } from '../../../shared/reference/types';
import type { ShortcutName } from '../keyboard/shortcuts';
import type { Route } from './route';

export type ViewName = Route['view'];

/** Each view once: its navigation label and key (the knowledge base is rare enough to go without). */
export const views = {
  intake: { label: 'nav.intake', shortcut: 'newCase' },
  queue: { label: 'nav.unitQueue', shortcut: 'unitQueue' },
  inbox: { label: 'nav.inbox', shortcut: 'inbox' },
  callbacks: { label: 'nav.callbacks', shortcut: 'callbacks' },
  cases: { label: 'nav.cases', shortcut: 'caseList' },
  search: { label: 'nav.search', shortcut: 'search' },
  knowledge: { label: 'nav.knowledge', shortcut: null },
} as const satisfies Record<ViewName, { label: string; shortcut: ShortcutName | null }>;

/** The views each role works in, the first being where it starts. */
export const viewsByRole = {
  operator: ['intake', 'callbacks', 'cases', 'search'],
  dispatcher: ['intake', 'cases', 'search'],
  supervisor: ['inbox', 'intake', 'callbacks', 'cases', 'search'],
  handler: ['queue', 'cases', 'search'],
  admin: ['intake', 'cases', 'search', 'knowledge'],
} as const satisfies Record<Role, readonly ViewName[]>;

export function routeTo(view: ViewName): Route {
  switch (view) {
    case 'intake':
    case 'knowledge':
      return { view };
    case 'search':
      return { view, query: '' };
    default:
      return { view, caseId: null };
  }
}
