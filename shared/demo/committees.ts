import type { Committee } from '../reference/types';

/** Where a committee's callers live: its lanes (弄) on Gaohang roads, or a village's groups (组). */
export type CommitteeArea =
  | { readonly kind: 'residential'; readonly compound: string; readonly lanes: readonly { road: string; lane: number }[] }
  | { readonly kind: 'village'; readonly groups: number };

interface DemoCommittee extends Committee {
  /** Relative share of calls, roughly the committee's population. */
  readonly weight: number;
  readonly area: CommitteeArea;
}

/**
 * Demo data: plausible Gaohang committees, not the town's official list. 绿地居委 is the one the
 * news report in seed/ names.
 */
export const demoCommitteeData = [
  {
    id: 'cmt.lvdi',
    name: '绿地居委',
    kind: 'residential',
    weight: 12,
    area: {
      kind: 'residential',
      compound: '绿地东上海',
      lanes: [
        { road: '金高路', lane: 1296 },
        { road: '东靖路', lane: 1555 },
      ],
    },
  },
  {
    id: 'cmt.donggou1',
    name: '东沟一居委',
    kind: 'residential',
    weight: 9,
    area: {
      kind: 'residential',
      compound: '东沟新村',
      lanes: [
        { road: '东沟路', lane: 120 },
        { road: '东沟路', lane: 188 },
      ],
    },
  },
  {
    id: 'cmt.donggou2',
    name: '东沟二居委',
    kind: 'residential',
    weight: 8,
    area: {
      kind: 'residential',
      compound: '东沟二村',
      lanes: [
        { road: '东沟路', lane: 350 },
        { road: '浦东北路', lane: 2678 },
      ],
    },
  },
  {
    id: 'cmt.gaohang',
    name: '高行居委',
    kind: 'residential',
    weight: 8,
    area: {
      kind: 'residential',
      compound: '高行新苑',
      lanes: [
        { road: '高行路', lane: 88 },
        { road: '高行路', lane: 215 },
      ],
    },
  },
  {
    id: 'cmt.senlan',
    name: '森兰居委',
    kind: 'residential',
    weight: 10,
    area: {
      kind: 'residential',
      compound: '森兰名轩',
      lanes: [
        { road: '洲海路', lane: 999 },
        { road: '莱阳路', lane: 2700 },
      ],
    },
  },
  {
    id: 'cmt.jingao',
    name: '金高居委',
    kind: 'residential',
    weight: 9,
    area: {
      kind: 'residential',
      compound: '金高公寓',
      lanes: [
        { road: '金高路', lane: 2058 },
        { road: '金高路', lane: 2216 },
      ],
    },
  },
  {
    id: 'cmt.jinjing',
    name: '金京居委',
    kind: 'residential',
    weight: 7,
    area: {
      kind: 'residential',
      compound: '金京苑',
      lanes: [
        { road: '金京路', lane: 1500 },
        { road: '金京路', lane: 1699 },
      ],
    },
  },
  {
    id: 'cmt.dongjing',
    name: '东靖居委',
    kind: 'residential',
    weight: 7,
    area: {
      kind: 'residential',
      compound: '东靖苑',
      lanes: [
        { road: '东靖路', lane: 2100 },
        { road: '东靖路', lane: 2288 },
      ],
    },
  },
  {
    id: 'cmt.huadong',
    name: '华东居委',
    kind: 'residential',
    weight: 6,
    area: {
      kind: 'residential',
      compound: '华东新村',
      lanes: [
        { road: '华东路', lane: 5188 },
        { road: '华东路', lane: 5366 },
      ],
    },
  },
  {
    id: 'cmt.lvzhou',
    name: '绿洲居委',
    kind: 'residential',
    weight: 7,
    area: {
      kind: 'residential',
      compound: '高行绿洲',
      lanes: [
        { road: '张杨北路', lane: 3500 },
        { road: '巨峰路', lane: 1788 },
      ],
    },
  },
  {
    id: 'cmt.wulian',
    name: '五莲居委',
    kind: 'residential',
    weight: 5,
    area: {
      kind: 'residential',
      compound: '五莲新苑',
      lanes: [
        { road: '五莲路', lane: 1200 },
        { road: '杨高北路', lane: 2900 },
      ],
    },
  },
  { id: 'cmt.xinxing', name: '新行村', kind: 'village', weight: 3, area: { kind: 'village', groups: 12 } },
  { id: 'cmt.nanxing', name: '南行村', kind: 'village', weight: 3, area: { kind: 'village', groups: 9 } },
  { id: 'cmt.zhaojiagou', name: '赵家沟村', kind: 'village', weight: 2, area: { kind: 'village', groups: 8 } },
] as const satisfies readonly DemoCommittee[];

export type DemoCommitteeId = (typeof demoCommitteeData)[number]['id'];

export const demoCommittees: readonly Committee[] = demoCommitteeData.map(({ id, name, kind }) => ({ id, name, kind }));

/** The unit that stands for a committee, so routing can send a case to its own grid cell. */
export function committeeUnitId(committeeId: DemoCommitteeId): string {
  return `unit.${committeeId}`;
}
