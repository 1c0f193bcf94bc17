import type { Category, Committee, RoutingRule, Town, Unit } from '../reference/types';
import { demoCategories } from './categories';
import { demoCommittees } from './committees';
import { demoRoutingRules } from './routing';
import { demoUnits } from './units';
import { demoUsers, type DemoUser } from './users';

export type { DemoUser } from './users';
export { demoKnowledge, demoTemplates, type KnowledgeEntry, type PhraseTemplate } from './phrases';

export interface DemoTown {
  readonly town: Town;
  readonly committees: readonly Committee[];
  readonly units: readonly Unit[];
  readonly categories: readonly Category[];
  readonly routingRules: readonly RoutingRule[];
  readonly users: readonly DemoUser[];
}

/** The town a fresh install seeds (DESIGN.md §8); `demo: true` marks every screen as demo data. */
export const demoTown = {
  town: { name: '高行镇', demo: true, seatCode: 'GH01' },
  committees: demoCommittees,
  units: demoUnits,
  categories: demoCategories,
  routingRules: demoRoutingRules,
  users: demoUsers,
} satisfies DemoTown;
