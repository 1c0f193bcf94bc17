import type { Role } from '../../../shared/reference/types';
import type { ShortcutName } from '../keyboard/shortcuts';
import type { Route } from './route';

export type ViewName = Route['view'];

/** Each view once: its navigation label and key (rare admin views go without a key). */
export const views = {
  intake: { label: 'nav.intake', shortcut: 'newCase' },
  queue: { label: 'nav.unitQueue', shortcut: 'unitQueue' },
  board: { label: 'nav.board', shortcut: 'board' },
  inbox: { label: 'nav.inbox', shortcut: 'inbox' },
  callbacks: { label: 'nav.callbacks', shortcut: 'callbacks' },
  cases: { label: 'nav.cases', shortcut: 'caseList' },
  search: { label: 'nav.search', shortcut: 'search' },
  cards: { label: 'nav.cards', shortcut: 'cards' },
  wall: { label: 'nav.wall', shortcut: 'wall' },
  slaAdmin: { label: 'nav.slaAdmin', shortcut: null },
  knowledge: { label: 'nav.knowledge', shortcut: null },
  assessment: { label: 'nav.assessment', shortcut: 'assessment' },
} as const satisfies Record<ViewName, { label: string; shortcut: ShortcutName | null }>;

/** The views each role works in, the first being where it starts; the core enforces the same through method roles. */
export const viewsByRole = {
  operator: ['intake', 'callbacks', 'board', 'cases', 'search', 'wall'],
  dispatcher: ['intake', 'board', 'cases', 'search', 'cards', 'wall'],
  supervisor: ['inbox', 'board', 'intake', 'callbacks', 'cases', 'search', 'cards', 'wall', 'slaAdmin', 'assessment'],
  handler: ['queue', 'cases', 'search', 'assessment'],
  admin: ['intake', 'board', 'cases', 'search', 'wall', 'slaAdmin', 'knowledge', 'assessment'],
} as const satisfies Record<Role, readonly ViewName[]>;

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
