import type { Category } from '../reference/types';
import type { DepartmentId } from './units';

/** A node of the demo category tree; `unitId` is the department its town-wide routing rule names. */
export interface CategoryNode {
  readonly id: string;
  readonly name: string;
  readonly unitId?: DepartmentId;
  readonly children?: readonly CategoryNode[];
}

const leaf = (id: string, name: string, unitId?: DepartmentId): CategoryNode => (unitId ? { id, name, unitId } : { id, name });

/** Ids are stable: cases, routing rules and statistics refer to them. */
export const demoCategoryTree: readonly CategoryNode[] = [
  {
    id: 'cat.livelihood',
    name: '民生服务',
    children: [
      {
        id: 'cat.ageing',
        name: '为老服务',
        unitId: 'unit.laoling',
        children: [
          leaf('cat.ageing.meal', '助餐', 'unit.zhucan'),
          leaf('cat.ageing.homecare', '居家养老'),
          leaf('cat.ageing.allowance', '高龄津贴'),
          leaf('cat.ageing.facility', '助老设施'),
          leaf('cat.ageing.ltci', '长护险', 'unit.shiwu'),
        ],
      },
      leaf('cat.livelihood.disability', '助残服务', 'unit.shiwu'),
      leaf('cat.livelihood.relief', '社会救助', 'unit.shiwu'),
    ],
  },
  {
    id: 'cat.env',
    name: '环境卫生',
    unitId: 'unit.huanwei',
    children: [
      leaf('cat.env.garbage', '垃圾清运'),
      leaf('cat.env.sorting', '垃圾分类'),
      leaf('cat.env.river', '河道污染', 'unit.shuiwu'),
      leaf('cat.env.fumes', '油烟污染', 'unit.chengguan'),
      leaf('cat.env.sweeping', '道路保洁'),
      leaf('cat.env.odor', '异味扰民', 'unit.chengguan'),
    ],
  },
  {
    id: 'cat.noise',
    name: '噪音扰民',
    unitId: 'unit.chengguan',
    children: [
      leaf('cat.noise.construction', '施工噪音', 'unit.jianguan'),
      leaf('cat.noise.commercial', '商业噪音'),
      leaf('cat.noise.neighbour', '邻里噪音', 'unit.paichusuo'),
      leaf('cat.noise.dance', '广场舞噪音'),
      leaf('cat.noise.traffic', '交通噪音', 'unit.jiaotong'),
    ],
  },
  {
    id: 'cat.housing',
    name: '住房物业',
    unitId: 'unit.fangguan',
    children: [
      leaf('cat.housing.property', '物业服务'),
      leaf('cat.housing.leak', '房屋漏水'),
      leaf('cat.housing.lift', '电梯故障'),
      leaf('cat.housing.newlift', '加装电梯'),
      leaf('cat.housing.subletting', '群租'),
      leaf('cat.housing.fund', '维修资金'),
      leaf('cat.housing.parking', '小区停车'),
    ],
  },
  {
    id: 'cat.traffic',
    name: '道路交通',
    unitId: 'unit.jiaotong',
    children: [
      leaf('cat.traffic.road', '道路破损', 'unit.jianguan'),
      leaf('cat.traffic.parking', '违章停车'),
      leaf('cat.traffic.bikes', '共享单车'),
      leaf('cat.traffic.bus', '公交线路'),
      leaf('cat.traffic.signal', '信号灯'),
      leaf('cat.traffic.marking', '交通标志标线'),
    ],
  },
  {
    id: 'cat.market',
    name: '市场监管',
    unitId: 'unit.shichang',
    children: [
      leaf('cat.market.food', '食品安全'),
      leaf('cat.market.price', '价格欺诈'),
      leaf('cat.market.unlicensed', '无证经营'),
      leaf('cat.market.consumer', '消费纠纷'),
      leaf('cat.market.prepaid', '预付卡退费'),
      leaf('cat.market.weight', '缺斤短两'),
    ],
  },
  {
    id: 'cat.cityscape',
    name: '绿化市容',
    unitId: 'unit.chengguan',
    children: [
      leaf('cat.cityscape.trees', '树木修剪', 'unit.lvhua'),
      leaf('cat.cityscape.greenland', '绿地养护', 'unit.lvhua'),
      leaf('cat.cityscape.underbridge', '桥下空间', 'unit.lvhua'),
      leaf('cat.cityscape.illegalbuild', '违章搭建'),
      leaf('cat.cityscape.signboard', '店招店牌'),
      leaf('cat.cityscape.vendor', '占道经营'),
      leaf('cat.cityscape.posters', '乱张贴'),
    ],
  },
  {
    id: 'cat.facility',
    name: '公共设施',
    unitId: 'unit.jianguan',
    children: [
      leaf('cat.facility.streetlight', '路灯'),
      leaf('cat.facility.toilet', '公厕', 'unit.huanwei'),
      leaf('cat.facility.fitness', '健身设施', 'unit.wenti'),
      leaf('cat.facility.manhole', '窨井盖'),
      leaf('cat.facility.drainage', '排水不畅', 'unit.shuiwu'),
    ],
  },
  {
    id: 'cat.utility',
    name: '水电燃气',
    children: [
      leaf('cat.utility.watercut', '停水', 'unit.shuiwu'),
      leaf('cat.utility.pressure', '水压低', 'unit.shuiwu'),
      leaf('cat.utility.quality', '水质问题', 'unit.shuiwu'),
      leaf('cat.utility.power', '停电', 'unit.chengyun'),
      leaf('cat.utility.gas', '燃气', 'unit.chengyun'),
    ],
  },
  {
    id: 'cat.safety',
    name: '治安与消防通道',
    unitId: 'unit.pingan',
    children: [
      leaf('cat.safety.fireaccess', '消防通道堵塞'),
      leaf('cat.safety.ebike', '电动车违规充电'),
      leaf('cat.safety.publicorder', '治安问题', 'unit.paichusuo'),
      leaf('cat.safety.dispute', '矛盾纠纷'),
    ],
  },
  {
    id: 'cat.policy',
    name: '政策咨询',
    unitId: 'unit.shiwu',
    children: [
      leaf('cat.policy.residence', '居住证'),
      leaf('cat.policy.social', '社保'),
      leaf('cat.policy.medical', '医保'),
      leaf('cat.policy.employment', '就业创业'),
      leaf('cat.policy.hukou', '户籍', 'unit.paichusuo'),
      leaf('cat.policy.school', '入学入托'),
    ],
  },
  {
    id: 'cat.praise',
    name: '表扬感谢',
    unitId: 'unit.chengyun',
    children: [leaf('cat.praise.unit', '表扬单位'), leaf('cat.praise.person', '表扬个人')],
  },
];

function* walk(nodes: readonly CategoryNode[], parentId: string | null): Generator<CategoryNode & { parentId: string | null }> {
  for (const node of nodes) {
    yield { ...node, parentId };
    if (node.children) yield* walk(node.children, node.id);
  }
}

const flat = [...walk(demoCategoryTree, null)];

export const demoCategories: readonly Category[] = flat.map(({ id, name, parentId }) => ({ id, name, parentId }));

/** The department each category's town-wide routing rule names, where it has one. */
export const townWideUnitOf: ReadonlyMap<string, DepartmentId> = new Map(
  flat.flatMap((n): [string, DepartmentId][] => (n.unitId ? [[n.id, n.unitId]] : [])),
);
