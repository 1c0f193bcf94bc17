import { MAX_FUTURE_MS, PullItem, type ReferenceRecord } from '../../../shared/sync/wire';
import { parseHlc } from '../../../shared/sync/hlc';
import type { DB } from '../store/db';
import { appendEvent } from '../store/events';
import { queueProjection } from '../store/projection-queue';
import { applyReferenceRecord } from '../store/reference-records';
import { applyToLiveTables } from '../store/reference-live';
import { flagSkewedEvent } from '../store/sync-outbox';
import { quarantine } from '../store/sync-quarantine';
import { getSyncState, setCursor } from '../store/sync-state';
import type { RawPullResponse } from './hub-client';

export interface AppliedPull {
  /** Events new to this seat. */
  readonly applied: number;
  readonly quarantined: number;
  readonly references: number;
  /** Cases whose projection is now owed: the main thread's projector folds them (docs/decisions/0010). */
  readonly caseIds: readonly string[];
  /** The newest HLC among the new events, to advance this seat's clock. */
  readonly maxHlc: string | null;
}

/**
 * Applies one pull answer in one transaction: each item validated on its own (a bad one is
 * quarantined and the rest still apply), new events stored and their cases queued for
 * projection, reference records merged last-writer-wins, and the cursor advanced. A crash
 * leaves all of it or none; a re-delivered event is stored once.
 */
export function applyPull(db: DB, answer: RawPullResponse, nowMs: number): AppliedPull {
  return db
    .transaction(() => {
      const at = new Date(nowMs).toISOString();
      const caseIds = new Set<string>();
      let applied = 0;
      let quarantined = 0;
      let references = 0;
      let maxHlc: string | null = null;
      for (const raw of answer.items) {
        const checked = check(raw, nowMs);
        if (!('item' in checked)) {
          quarantine(db, { direction: 'pull', ...identify(raw), reason: checked.reason, detail: checked.detail, item: raw, at });
          quarantined++;
          continue;
        }
        const item = checked.item;
        if (item.kind === 'reference') {
          const refused = applyReference(db, item.record);
          if (refused === null) references++;
          else if (refused !== 'older') {
            quarantine(db, { direction: 'pull', ...identify(raw), reason: 'invalid', detail: refused, item: raw, at });
            quarantined++;
          }
          continue;
        }
        // Kept also for an event this seat holds already: its own, flagged by the hub that measured the skew.
        if (item.skewMs !== undefined) flagSkewedEvent(db, item.event.id, item.skewMs);
        if (!appendEvent(db, item.event)) continue;
        applied++;
        caseIds.add(item.event.caseId);
        queueProjection(db, item.event.caseId);
        if (maxHlc === null || item.event.hlc > maxHlc) maxHlc = item.event.hlc;
      }
      // A hub answering with an older cursor would make this seat pull everything again, never skip.
      setCursor(db, Math.max(getSyncState(db).cursor, answer.cursor));
      return { applied, quarantined, references, caseIds: [...caseIds], maxHlc };
    })
    .immediate();
}

/**
 * A reference record merged by HLC and, when it wins, put in force in the seat's live tables, in
 * one savepoint: a record this seat cannot keep (a wrong shape, a unit that does not exist) is
 * rolled back whole and quarantined, and a later good version of it can still win.
 */
function applyReference(db: DB, record: ReferenceRecord): null | 'older' | string {
  try {
    return db.transaction(() => {
      if (!applyReferenceRecord(db, record)) return 'older' as const;
      applyToLiveTables(db, record);
      return null;
    })();
  } catch (error) {
    return error instanceof Error ? error.message.slice(0, 200) : 'not kept';
  }
}

/** The item, or why it is refused: invalid by the wire schema, or dated beyond what any hub accepts. */
function check(raw: unknown, nowMs: number): { item: PullItem } | { reason: string; detail: string } {
  const parsed = PullItem.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { reason: 'invalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid' };
  }
  const hlc = parsed.data.kind === 'event' ? parsed.data.event.hlc : parsed.data.record.hlc;
  const ahead = parseHlc(hlc).wallMs - nowMs;
  // An event from far in the future would win every last-writer-wins contest until that date.
  if (ahead > MAX_FUTURE_MS) return { reason: 'future_dated', detail: `${Math.round(ahead / 60_000)} min ahead of this seat` };
  return { item: parsed.data };
}

function identify(raw: unknown): { hubSeq: number | null; eventId: string | null } {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const event = typeof o.event === 'object' && o.event !== null ? (o.event as Record<string, unknown>) : {};
  return {
    hubSeq: typeof o.seq === 'number' && Number.isSafeInteger(o.seq) ? o.seq : null,
    eventId: typeof event.id === 'string' ? event.id : null,
  };
}
