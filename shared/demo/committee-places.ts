import type { LocatedCommittee } from '../intake/locate';
import { demoCommitteeData, type DemoCommitteeId } from './committees';

/** Made-up centre points around Gaohang (高行镇, Pudong), a few hundred metres to 2 km apart. */
const centres: Record<DemoCommitteeId, { lat: number; long: number }> = {
  'cmt.lvdi': { lat: 31.3085, long: 121.6042 },
  'cmt.donggou1': { lat: 31.2981, long: 121.5902 },
  'cmt.donggou2': { lat: 31.2952, long: 121.5968 },
  'cmt.gaohang': { lat: 31.3128, long: 121.5941 },
  'cmt.senlan': { lat: 31.3301, long: 121.5877 },
  'cmt.jingao': { lat: 31.3176, long: 121.6098 },
  'cmt.jinjing': { lat: 31.3025, long: 121.6155 },
  'cmt.dongjing': { lat: 31.3062, long: 121.6221 },
  'cmt.huadong': { lat: 31.2912, long: 121.6057 },
  'cmt.lvzhou': { lat: 31.3220, long: 121.6010 },
  'cmt.wulian': { lat: 31.2878, long: 121.5933 },
  'cmt.xinxing': { lat: 31.3352, long: 121.6184 },
  'cmt.nanxing': { lat: 31.3255, long: 121.6263 },
  'cmt.zhaojiagou': { lat: 31.3410, long: 121.6052 },
};

/** The demo committees with centres and the place names of their areas, for the reference records the hub seeds. */
export const demoCommitteePlaces: readonly LocatedCommittee[] = demoCommitteeData.map((c) => ({
  id: c.id,
  name: c.name,
  centre: centres[c.id],
  places: c.area.kind === 'residential' ? [c.area.compound, ...c.area.lanes.map((l) => `${l.road}${l.lane}弄`)] : [],
}));
