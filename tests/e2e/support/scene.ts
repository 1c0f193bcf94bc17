import type { MethodInput } from '../../../shared/api/contract';
import { mealCase } from '../../support/meal-case';
import { connectApi } from './api';

export type Step = (caseId: string) => MethodInput<'cases:act'>;

/**
 * Sets a scene through the API, as other seats would have: the meal case (with `changes`)
 * dispatched to 助餐服务中心 and taken through `steps` by its handler, then `after` by the
 * operator. Returns the case's number and id.
 */
export async function caseAt(
  url: string,
  steps: readonly Step[],
  options: { changes?: Partial<MethodInput<'cases:create'>>; after?: readonly Step[] } = {},
): Promise<{ number: string; id: string }> {
  const op = await connectApi(url);
  const handler = await connectApi(url);
  try {
    await op.logIn('op01');
    await handler.logIn('h-zhucan');
    const filed = await op.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan', ...options.changes });
    for (const step of steps) await handler.call('cases:act', step(filed.id));
    for (const step of options.after ?? []) await op.call('cases:act', step(filed.id));
    return { number: filed.number, id: filed.id };
  } finally {
    op.close();
    handler.close();
  }
}

/** One more step on an existing case, taken by `username` through the API (another seat acting). */
export async function actAs(url: string, username: string, caseId: string, step: Step): Promise<void> {
  const api = await connectApi(url);
  try {
    await api.logIn(username);
    await api.call('cases:act', step(caseId));
  } finally {
    api.close();
  }
}

export const accepted: Step = (caseId) => ({ caseId, action: 'case.accepted', payload: {} });
export const contacted: Step = (caseId) => ({
  caseId,
  action: 'case.contacted',
  payload: { contactedAt: new Date().toISOString(), method: 'phone', summary: '已电话联系张阿姨' },
});
export const replied: Step = (caseId) => ({
  caseId,
  action: 'case.replied',
  payload: { result: '已开通助餐配送', answer: '已为两位老人开通每日午餐配送', closureCode: 'solved', justification: '' },
});
export const satisfied: Step = (caseId) => ({
  caseId,
  action: 'case.evaluated',
  payload: { resolved: true, satisfaction: 'satisfied', cause: null, note: '' },
});
