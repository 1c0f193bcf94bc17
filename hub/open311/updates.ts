import type { CaseEventType } from '../../shared/case/events';
import type { StoredUpdate } from '../store/open311-requests';
import { w3cShanghai } from './public-request';
import type { TownReference } from './town-reference';
import type { Open311Value } from './xml';
import { parseHlc } from '../../shared/sync/hlc';

/**
 * The events an app following a request sees as status updates (FixMyStreet's Open311 update
 * extension), with the status each leaves the request in and what the public may read of it.
 * Notes, whistles, rulings and supervision are the hotline's internal work and stay out.
 */
const shown = {
  'case.registered': 'open',
  'case.dispatched': 'in_progress',
  'case.accepted': 'in_progress',
  'case.replied': 'in_progress',
  'case.answered': 'closed',
  'case.linked': 'duplicate',
  'case.reopened': 'open',
  'case.closed': 'closed',
} as const satisfies Partial<Record<CaseEventType, string>>;

export const updateEventTypes: readonly string[] = Object.keys(shown);

function isShown(type: string): type is keyof typeof shown {
  return type in shown;
}

function describe(u: StoredUpdate, ref: TownReference): string {
  const e = u.event;
  switch (e.type) {
    case 'case.registered':
      return `已受理，编号 ${e.payload.number}`;
    case 'case.dispatched':
      return `已派单至 ${ref.units.get(e.payload.unitId)?.name ?? e.payload.unitId}`;
    case 'case.accepted':
      return '承办单位已签收';
    case 'case.replied':
      return e.payload.answer;
    case 'case.answered':
      return e.payload.answer;
    case 'case.linked':
      return `重复件：已并入 ${e.payload.mainCaseId}（${e.payload.mainNumber}）`;
    case 'case.reopened':
      return '已重新办理';
    case 'case.closed':
      return '已办结';
    default:
      return '';
  }
}

/** GET servicerequestupdates: each update numbered by its place in the hub's stream, so `update_id` only grows. */
export function requestUpdates(updates: readonly StoredUpdate[], ref: TownReference): Open311Value {
  return updates.flatMap((u) => {
    if (!isShown(u.event.type)) return [];
    return [
      {
        update_id: String(u.seq),
        service_request_id: u.event.caseId,
        status: shown[u.event.type],
        updated_datetime: w3cShanghai(parseHlc(u.event.hlc).wallMs),
        description: describe(u, ref),
        media_url: '',
      },
    ];
  });
}
