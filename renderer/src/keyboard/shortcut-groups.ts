import { roleActions } from '../../../shared/case/actions';
import type { Role } from '../../../shared/reference/types';
import { viewsOf, views } from '../app/views';
import { actionForms } from '../cases/actions/action-forms';
import type { ShortcutName } from './shortcuts';

const groupOrder = ['everywhere', 'intake', 'case', 'assessment', 'townSetup', 'wall'] as const;
export type ShortcutGroupName = (typeof groupOrder)[number];

/**
 * Where each key works. Keys of a page are listed only for a role that has the page; keys in
 * an open case only for the actions the role may take (the state machine's rule).
 */
const pageKeys = {
  intake: ['save', 'saveOnly', 'unitPicker', 'kind', 'urgency', 'acceptCategory', 'answerInquiry', 'linkDuplicate', 'nextRepeatChoice', 'emergencyTransfer', 'dismissEmergency', 'templates'],
  assessment: ['assessmentRanking', 'assessmentDecision', 'assessmentRules', 'previousPeriod', 'nextPeriod', 'exportXlsx', 'exportCsv', 'proactiveCase', 'heatTable', 'trends', 'repeatCallers', 'groupRequests', 'bucketSize', 'mergeGroup', 'saveRule'],
  townSetup: ['townUnits', 'townRules', 'townCategories', 'townCommittees'],
  wall: ['privacy', 'leaveWall'],
} as const satisfies Partial<Record<ShortcutGroupName, readonly ShortcutName[]>>;

const everywhere = ['commandBar', 'alerts', 'language', 'help'] as const satisfies readonly ShortcutName[];

export interface ShortcutGroup {
  readonly name: ShortcutGroupName;
  readonly keys: readonly ShortcutName[];
}

/** The shortcuts dialog's sections for this role, in the order a person meets them; empty ones left out. */
export function shortcutGroupsFor(role: Role): ShortcutGroup[] {
  const mine = viewsOf(role);
  const navigation = mine.flatMap((v) => (views[v].shortcut ? [views[v].shortcut] : []));
  const seatActions = new Set(Object.keys(actionForms));
  const caseKeys = [
    ...new Set(
      roleActions(role).flatMap((a): ShortcutName[] => (seatActions.has(a) ? [actionForms[a as keyof typeof actionForms].key] : a === 'case.dispatched' ? ['dispatchCase'] : [])),
    ),
  ];
  const keysOf: Record<ShortcutGroupName, readonly ShortcutName[]> = {
    everywhere: [...new Set<ShortcutName>([...navigation, ...everywhere])],
    case: caseKeys,
    intake: mine.includes('intake') ? pageKeys.intake : [],
    assessment: mine.includes('assessment') ? pageKeys.assessment : [],
    townSetup: mine.includes('townSetup') ? pageKeys.townSetup : [],
    wall: mine.includes('wall') ? pageKeys.wall : [],
  };
  return groupOrder.map((name) => ({ name, keys: keysOf[name] })).filter((g) => g.keys.length > 0);
}
