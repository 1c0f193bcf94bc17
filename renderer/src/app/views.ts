import type { Role } from '../../../shared/reference/types';
import type { ShortcutName } from '../keyboard/shortcuts';
import type { Route } from './route';

export type ViewName = Route['view'];

/** Each view once: its navigation label and key. */
export const views = {
  intake: { label: 'nav.intake', shortcut: 'newCase' },
  queue: { label: 'nav.unitQueue', shortcut: 'unitQueue' },
  inbox: { label: 'nav.inbox', shortcut: 'inbox' },
  callbacks: { label: 'nav.callbacks', shortcut: 'callbacks' },
  cases: { label: 'nav.cases', shortcut: 'caseList' },
} as const satisfies Record<ViewName, { label: string; shortcut: ShortcutName }>;

/** The views each role works in, the first being where it starts. */
export const viewsByRole = {
  operator: ['intake', 'callbacks', 'cases'],
  dispatcher: ['intake', 'cases'],
  supervisor: ['inbox', 'intake', 'callbacks', 'cases'],
  handler: ['queue', 'cases'],
  admin: ['intake', 'cases'],
} as const satisfies Record<Role, readonly ViewName[]>;

export function routeTo(view: ViewName): Route {
  return view === 'intake' ? { view } : { view, caseId: null };
}
