import type { Unit } from '../reference/types';
import { committeeUnitId, demoCommitteeData } from './committees';
import { committeeDeskName } from '../reference/committee-desk';

/** The town's departments (职能部门) that take cases. */
export const demoDepartments = [
  { id: 'unit.laoling', name: '老龄办' },
  { id: 'unit.zhucan', name: '助餐服务中心' },
  { id: 'unit.chengguan', name: '城管中队' },
  { id: 'unit.shichang', name: '市场监管所' },
  { id: 'unit.fangguan', name: '房管办' },
  { id: 'unit.huanwei', name: '环卫所' },
  { id: 'unit.lvhua', name: '绿化所' },
  { id: 'unit.paichusuo', name: '派出所' },
  { id: 'unit.shuiwu', name: '水务站' },
  { id: 'unit.jiaotong', name: '交通所' },
  { id: 'unit.shiwu', name: '社区事务受理中心' },
  { id: 'unit.jianguan', name: '建管中心' },
  { id: 'unit.pingan', name: '平安办' },
  { id: 'unit.wenti', name: '文体中心' },
  // Power and gas belong to utility companies outside the town; the operations centre chases them.
  { id: 'unit.chengyun', name: '城运中心' },
] as const satisfies readonly { id: string; name: string }[];

export type DepartmentId = (typeof demoDepartments)[number]['id'];

export const demoUnits: readonly Unit[] = [
  ...demoDepartments.map(({ id, name }): Unit => ({ id, name, type: 'department', committeeId: null })),
  ...demoCommitteeData.map((c): Unit => ({
    id: committeeUnitId(c.id),
    name: committeeDeskName(c),
    type: 'committee',
    committeeId: c.id,
  })),
];
