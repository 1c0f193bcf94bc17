import { CaseEvent } from '../../shared/case/events';
import { parseHlc } from '../../shared/sync/hlc';
import { MAX_FUTURE_MS, ReferenceRecord, referenceKey, type RejectReason } from '../../shared/sync/wire';
import type { QuarantineEntry } from '../store/quarantine';
import type { CheckedEvent } from './refold';
import { isStorable, isStorableString, quarantineText } from '../store/storable-text';

/** What a pushed item turned out to be before it meets the database: fit to store, or refused. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly entry: QuarantineEntry };

const knownTypes = new Set<string>(CaseEvent.options.map((o) => o.shape.type.value));

function refuse(item: QuarantineEntry['item'], raw: unknown, itemId: string, reason: RejectReason, detail: string): Checked<never> {
  return { ok: false, entry: { item, itemId, reason, detail: detail.slice(0, 500), body: quarantineText(raw) } };
}

function field(raw: unknown, name: string): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined;
}

/** A key field of an item as it came (id, caseId, actorId), if it is one the database can look up. */
export function keyField(raw: unknown, name: string): string | null {
  const value = field(raw, name);
  return typeof value === 'string' && value.length > 0 && value.length <= 64 && isStorableString(value) ? value : null;
}

/** An id to answer with: the item's own when it has a usable one, else its place in the batch. */
function answerId(raw: unknown, index: number): string {
  return keyField(raw, 'id') ?? `#${index}`;
}

function futureDetail(hlc: string, nowMs: number): string | null {
  const ahead = parseHlc(hlc).wallMs - nowMs;
  return ahead > MAX_FUTURE_MS ? `dated ${Math.round(ahead / 60_000)} min ahead of the hub` : null;
}

/**
 * The checks that need no database: the shared schema, an event type from a newer seat, the
 * claimed seat, the date, and whether PostgreSQL can hold the text at all.
 */
export function checkEvent(raw: unknown, index: number, seatCode: string, nowMs: number): Checked<CheckedEvent> {
  const id = answerId(raw, index);
  const parsed = CaseEvent.safeParse(raw);
  if (!parsed.success) {
    const type = field(raw, 'type');
    if (typeof type === 'string' && type.startsWith('case.') && !knownTypes.has(type)) {
      return refuse('event', raw, id, 'newer_version', `event type ${type.slice(0, 64)} is newer than this hub`);
    }
    const issue = parsed.error.issues[0];
    return refuse('event', raw, id, 'invalid', issue ? `${issue.path.join('.')}: ${issue.message}` : 'not an event');
  }
  const event = parsed.data;
  const json = JSON.stringify(event);
  if (!isStorable(json)) return refuse('event', raw, id, 'invalid', 'text holds NUL characters or lone surrogates');
  if (event.seatId !== seatCode) return refuse('event', raw, id, 'forged_seat', `claims seat ${event.seatId}, pushed by ${seatCode}`);
  const future = futureDetail(event.hlc, nowMs);
  if (future) return refuse('event', raw, id, 'future_dated', future);
  return { ok: true, value: { event, json } };
}

export function checkReference(raw: unknown, index: number, mayEdit: boolean, nowMs: number): Checked<ReferenceRecord> {
  const parsed = ReferenceRecord.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('reference', raw, `#${index}`, 'invalid', issue ? `${issue.path.join('.')}: ${issue.message}` : 'not a record');
  }
  const record = parsed.data;
  const key = referenceKey(record);
  if (!isStorable(JSON.stringify(record))) return refuse('reference', raw, key, 'invalid', 'text holds NUL characters or lone surrogates');
  if (!mayEdit) return refuse('reference', raw, key, 'forbidden', 'only an admin seat edits reference data');
  const future = futureDetail(record.hlc, nowMs);
  if (future) return refuse('reference', raw, key, 'future_dated', future);
  return { ok: true, value: record };
}
