import type { CaseEventOf } from '../../shared/case/events';
import { formatHlc } from '../../shared/sync/hlc';

/** A meal-service case's registration event, as seat `seatId` would have filed it at `ms`. */
export function registrationEvent(o: { id: string; caseId: string; seatId: string; ms: number; number: string; filedOffline?: boolean }): CaseEventOf<'case.registered'> {
  return {
    id: o.id,
    caseId: o.caseId,
    seatId: o.seatId,
    hlc: formatHlc({ wallMs: o.ms, counter: 0, node: o.seatId }),
    actorId: 'user.op01',
    type: 'case.registered',
    payload: {
      number: o.number,
      kind: 'help',
      urgency: 'normal',
      categoryId: 'cat.ageing.meal',
      committeeId: 'cmt.lvdi',
      caller: { phone: '+8613800138000', name: '张阿姨' },
      address: '金高路 1 号',
      description: '老人吃饭难，希望提供助餐',
      registeredAt: new Date(o.ms).toISOString(),
      filedOffline: o.filedOffline ?? false,
    },
  };
}
