import type { MethodName } from '../../../shared/api/names';
import type { Role } from '../../../shared/reference/types';
import { mayCall } from '../../../shared/reference/permissions';
import type { ShortcutName } from '../keyboard/shortcuts';
import type { SlaView } from '../app/route';

/** Each SLA view, the method it needs (so the nav shows only what works for the role) and its key. */
export const slaViewSpecs = [
  { view: 'board', method: 'sla:board', shortcut: 'board' },
  { view: 'cards', method: 'sla:cards', shortcut: 'cards' },
  { view: 'wall', method: 'sla:wall', shortcut: 'wall' },
  { view: 'slaAdmin', method: 'sla:calendar', shortcut: 'slaAdmin' },
] as const satisfies readonly { view: SlaView; method: MethodName; shortcut: ShortcutName }[];

export function maySee(role: Role, view: SlaView): boolean {
  const spec = slaViewSpecs.find((s) => s.view === view);
  return spec !== undefined && mayCall(role, spec.method);
}
