import { roles, type Role } from './types';

/**
 * Every list of roles, declared once and named for what its members do. The API's permission
 * table, the state machine's action table and the views a role sees all name one of these, so
 * they cannot drift apart.
 */
export const audiences = {
  everyone: roles,
  /** The hotline centre, its administrator included: sees the whole town. */
  hotline: ['operator', 'dispatcher', 'supervisor', 'admin'],
  /** Who works cases at the hotline's desk: takes calls, dispatches, rules. The administrator configures, it does not act. */
  desk: ['operator', 'dispatcher', 'supervisor'],
  /** Who acts on cases: the desk and the units' handlers. */
  caseActors: ['operator', 'dispatcher', 'supervisor', 'handler'],
  /** Who follows supervision cards: dispatchers chase their late dispatches, supervisors rule, administrators audit. */
  cardReaders: ['dispatcher', 'supervisor', 'admin'],
  /** Who calls citizens back and records the outcome (回访). */
  callbackCallers: ['operator', 'supervisor'],
  /** Who sets the rules the desk works by: the shift supervisor and the administrator. */
  ruleSetters: ['supervisor', 'admin'],
  /** Who reads the report card (考核): the town's supervisors and administrator, and each unit its own. */
  scoreReaders: ['supervisor', 'admin', 'handler'],
  /** Who is alerted by every running clock in town, not only by their own dispatches or unit's cases. */
  townWatchers: ['supervisor', 'admin'],
  /** Who marks a case 群体性 or 历史遗留: the dispatcher who sees the calls come in, and the supervisor. */
  flagSetters: ['dispatcher', 'supervisor'],
  /**
   * Who calls other units in (吹哨): the case's responsible unit, and the town's supervisor, who
   * whistles the units a hotspot needs when it files a proactive case (未诉先办) itself.
   */
  whistlers: ['supervisor', 'handler'],
  supervisor: ['supervisor'],
  handler: ['handler'],
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Audience = keyof typeof audiences;

export function isIn(role: Role, audience: Audience): boolean {
  const members: readonly Role[] = audiences[audience];
  return members.includes(role);
}
