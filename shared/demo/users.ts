import type { UserProfile } from '../reference/types';

/** A seeded account; the password is public (README) because this is demo data. */
export type DemoUser = UserProfile & { readonly password: string };

const user = (id: string, username: string, displayName: string, role: UserProfile['role'], unitId: string | null = null): DemoUser => ({
  id,
  username,
  displayName,
  role,
  unitId,
  password: `demo-${username}`,
});

/**
 * The hotline's people by their names: the console shows the role beside a name (王晓燕 · 话务员), so
 * a name that carried it too read it twice. A handler's name carries its unit, which the role does not say.
 */
export const demoUsers: readonly DemoUser[] = [
  user('user.op01', 'op01', '王晓燕', 'operator'),
  user('user.op02', 'op02', '陈佳', 'operator'),
  user('user.disp01', 'disp01', '刘敏', 'dispatcher'),
  user('user.sup01', 'sup01', '张建华', 'supervisor'),
  user('user.h-laoling', 'h-laoling', '老龄办 周丽', 'handler', 'unit.laoling'),
  user('user.h-zhucan', 'h-zhucan', '助餐服务中心 顾文', 'handler', 'unit.zhucan'),
  user('user.h-lvdi', 'h-lvdi', '绿地居委会 沈红', 'handler', 'unit.cmt.lvdi'),
  user('user.h-chengguan', 'h-chengguan', '城管中队 吴磊', 'handler', 'unit.chengguan'),
  user('user.admin', 'admin', '系统管理员', 'admin'),
];
