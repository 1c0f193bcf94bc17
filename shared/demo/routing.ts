import type { RoutingRule } from '../reference/types';
import { townWideUnitOf } from './categories';
import { committeeUnitId, demoCommitteeData, type DemoCommitteeId } from './committees';

/**
 * Matters a committee settles in its own grid cell (居村吹哨 starts there): neighbour disputes
 * everywhere, estate matters only where there are estates.
 */
const committeeLevel: Record<'residential' | 'village', readonly string[]> = {
  residential: [
    'cat.noise.neighbour',
    'cat.noise.dance',
    'cat.housing.property',
    'cat.housing.newlift',
    'cat.housing.parking',
    'cat.safety.dispute',
  ],
  village: ['cat.noise.neighbour', 'cat.noise.dance', 'cat.safety.dispute', 'cat.env.sorting'],
};

/** 绿地居委 delivers meals to its own elderly (the seed report), so its 助餐 cases go to it. */
const localExtras: readonly { categoryId: string; committeeId: DemoCommitteeId }[] = [
  { categoryId: 'cat.ageing.meal', committeeId: 'cmt.lvdi' },
];

export const demoRoutingRules: readonly RoutingRule[] = [
  ...[...townWideUnitOf].map(([categoryId, unitId]) => ({ id: `rule.${categoryId}`, categoryId, committeeId: null, unitId })),
  ...demoCommitteeData.flatMap((c) =>
    committeeLevel[c.kind].map((categoryId) => ({
      id: `rule.${categoryId}@${c.id}`,
      categoryId,
      committeeId: c.id,
      unitId: committeeUnitId(c.id),
    })),
  ),
  ...localExtras.map(({ categoryId, committeeId }) => ({
    id: `rule.${categoryId}@${committeeId}`,
    categoryId,
    committeeId,
    unitId: committeeUnitId(committeeId),
  })),
];
