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

/** The handler's first contact on the meal case (先行联系). */
export const mealContact = { contactedAt: '2026-11-26T02:00:00.000Z', method: 'phone', summary: '已电话联系张阿姨，约定明天上门' } as const;

/** The handler's reply that solves the meal case. */
export const mealReply = { result: '已为两位老人开通助餐配送', answer: '已开通每日午餐配送，费用按政策补贴', closureCode: 'solved', justification: '' } as const;
