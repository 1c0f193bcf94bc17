import { isIn, type Audience } from '../../../shared/reference/audiences';
import type { Role } from '../../../shared/reference/types';
import type { ShortcutName } from '../keyboard/shortcuts';
import type { Route } from './route';

export type ViewName = Route['view'];

/**
 * Each view once: its navigation label, key (rare admin views go without one) and who works in
 * it, an audience of shared/reference/audiences.ts, which the API's permissions also name.
 * Listed in navigation order.
 */
export const views = {
  // The desk's: an administrator configures, and could only have typed a call the core then refused to dispatch.
  intake: { label: 'nav.intake', shortcut: 'newCase', audience: 'desk' },
  queue: { label: 'nav.unitQueue', shortcut: 'unitQueue', audience: 'handler' },
  inbox: { label: 'nav.inbox', shortcut: 'inbox', audience: 'supervisor' },
  board: { label: 'nav.board', shortcut: 'board', audience: 'hotline' },
  callbacks: { label: 'nav.callbacks', shortcut: 'callbacks', audience: 'callbackCallers' },
  cases: { label: 'nav.cases', shortcut: 'caseList', audience: 'everyone' },
  search: { label: 'nav.search', shortcut: 'search', audience: 'everyone' },
  cards: { label: 'nav.cards', shortcut: 'cards', audience: 'cardReaders' },
  wall: { label: 'nav.wall', shortcut: 'wall', audience: 'hotline' },
  slaAdmin: { label: 'nav.slaAdmin', shortcut: null, audience: 'ruleSetters' },
  knowledge: { label: 'nav.knowledge', shortcut: null, audience: 'admin' },
  synonyms: { label: 'synonymAdmin.nav', shortcut: null, audience: 'admin' },
  users: { label: 'userAdmin.nav', shortcut: null, audience: 'admin' },
  townSetup: { label: 'townSetup.nav', shortcut: null, audience: 'admin' },
  sync: { label: 'nav.sync', shortcut: 'syncSettings', audience: 'ruleSetters' },
  assessment: { label: 'nav.assessment', shortcut: 'assessment', audience: 'scoreReaders' },
} as const satisfies Record<ViewName, { label: string; shortcut: ShortcutName | null; audience: Audience }>;

/** Where each role starts its shift. */
const startView = {
  operator: 'intake',
  dispatcher: 'intake',
  supervisor: 'inbox',
  handler: 'queue',
  admin: 'board',
} as const satisfies Record<Role, ViewName>;

/** F4's page: a unit's handler works its unit queue, everyone else the town's dispatch board. */
export function workListOf(mine: readonly ViewName[]): ViewName {
  return mine.includes('queue') ? 'queue' : 'board';
}

/** The views a role works in, its start first; the core enforces the same through the method audiences. */
export function viewsOf(role: Role): readonly ViewName[] {
  const mine = (Object.keys(views) as ViewName[]).filter((v) => isIn(role, views[v].audience));
  return [startView[role], ...mine.filter((v) => v !== startView[role])];
}

export function routeTo(view: ViewName): Route {
  switch (view) {
    case 'search':
      return { view, query: '' };
    case 'cases':
    case 'queue':
    case 'inbox':
    case 'callbacks':
      return { view, caseId: null };
    default:
      return { view };
  }
}
