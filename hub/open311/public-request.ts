import type { CaseRecord } from '../../shared/case/record';
import { settledStatuses } from '../../shared/intake/duplicates';
import { createWorkingCalendar } from '../../shared/sla/build-calendar';
import { caseClocks } from '../../shared/sla/case-clocks';
import { defaultSlaPolicy } from '../../shared/sla/default-policy';
import type { PublicCase } from '../store/open311-requests';
import type { TownReference } from './town-reference';
import type { Open311Value } from './xml';

const shanghaiOffsetMs = 8 * 3600_000;

/** A W3C datetime in Asia/Shanghai time, as a citizen reads the clock: 2026-12-01T16:30:00+08:00. */
export function w3cShanghai(instant: string | number): string {
  return `${new Date(new Date(instant).getTime() + shanghaiOffsetMs).toISOString().slice(0, 19)}+08:00`;
}

/**
 * The package's official calendar only: the hub does not hold a town's loaded years and local
 * overrides, so after a local change its estimate may differ from the seat's by those days.
 */
const calendar = createWorkingCalendar({ loadedYears: [], overrides: [] });

/** When the unit's reply is due: the running reply clock's deadline, once the case has been dispatched. */
function replyDeadline(record: CaseRecord): string | undefined {
  if (!calendar.ok) return undefined;
  try {
    const reply = caseClocks(record, defaultSlaPolicy, calendar.value).find((c) => c.kind === 'reply' && c.endedAt === null);
    return reply ? w3cShanghai(reply.deadlineMs) : undefined;
  } catch {
    // A deadline beyond the years the calendar knows: better none than a wrong one.
    return undefined;
  }
}

const settled: ReadonlySet<string> = new Set(settledStatuses);

export function publicStatus(record: CaseRecord): 'open' | 'closed' {
  return settled.has(record.status) ? 'closed' : 'open';
}

/** What the public may read of the outcome: the unit's answer, the intake answer, or where a repeat went. */
function statusNotes(record: CaseRecord): string {
  if (record.mainCase) return `重复件：已并入 ${record.mainCase.id}（${record.mainCase.number}）`;
  if (record.answer) return record.answer.text;
  return record.reply?.answer ?? '';
}

/** A case as GeoReport v2 shows it: spec fields only, never the caller's name or number. */
export function publicRequest(c: PublicCase, ref: TownReference): Open311Value {
  const { record } = c;
  const category = ref.categories.find((k) => k.id === record.categoryId);
  const unit = record.responsibleUnitId ? ref.units.get(record.responsibleUnitId) : undefined;
  return {
    service_request_id: record.id,
    status: publicStatus(record),
    status_notes: statusNotes(record),
    service_name: category?.name ?? record.categoryId,
    service_code: record.categoryId,
    description: record.description,
    agency_responsible: unit?.name ?? '',
    service_notice: `受理编号 ${record.number}`,
    requested_datetime: w3cShanghai(record.registeredAt),
    updated_datetime: w3cShanghai(record.updatedAt),
    expected_datetime: replyDeadline(record),
    address: record.address,
    address_id: c.addressId ?? undefined,
    lat: c.lat ?? undefined,
    long: c.long ?? undefined,
  };
}
