import type { MethodInput } from '../../shared/api/contract';

/** A valid new case in the demo town: meal service for the elderly in 绿地居委. */
export const mealCase = {
  kind: 'help',
  urgency: 'normal',
  categoryId: 'cat.ageing.meal',
  committeeId: 'cmt.lvdi',
  caller: { phone: '+8613800138000', name: '张阿姨' },
  address: '高行镇金高路 1 弄 2 号 301 室',
  description: '家中两位八十多岁的老人吃饭成了大问题，希望提供助餐服务',
  dispatchToUnitId: null,
} satisfies MethodInput<'cases:create'>;
