import { SeatScope } from '../../../shared/sync/wire';
import { preparedFor, type DB } from './db';

interface StateRow {
  hub_url: string | null;
  seat_id: string | null;
  seat_code: string | null;
  town_id: string | null;
  scope: string | null;
  cursor: number;
  pushed_through: number;
  last_success_at: string | null;
  last_failure_at: string | null;
  last_error: string | null;
  offline_since: string | null;
  skew_ms: number | null;
  admin: number;
}

export interface Enrollment {
  readonly hubUrl: string;
  readonly seatId: string;
  readonly seatCode: string;
  readonly townId: string;
  readonly scope: SeatScope;
  /** The hub lets this seat push reference edits (an admin's seat at the hotline centre). */
  readonly admin: boolean;
}

export interface SyncState {
  readonly enrollment: Enrollment | null;
  /** The hub sequence this seat has applied up to: the next pull asks `after=cursor`. */
  readonly cursor: number;
  /** `events.seq` up to which this seat's own events have left the outbox. */
  readonly pushedThrough: number;
  readonly lastSuccessAt: string | null;
  readonly lastFailureAt: string | null;
  readonly lastError: string | null;
  readonly offlineSince: string | null;
  /** The hub's last measured clock offset from this seat (hub − seat), when it answered a push. */
  readonly skewMs: number | null;
}

const sql = preparedFor((db) => ({
  get: db.prepare<[], StateRow>('SELECT * FROM sync_state WHERE id = 1'),
  enroll: db.prepare<[string, string, string, string, string, number]>(
    `UPDATE sync_state SET hub_url = ?, seat_id = ?, seat_code = ?, town_id = ?, scope = ?, admin = ?,
       cursor = 0, last_success_at = NULL, last_failure_at = NULL, last_error = NULL, offline_since = NULL, skew_ms = NULL
     WHERE id = 1`,
  ),
  cursor: db.prepare<[number]>('UPDATE sync_state SET cursor = ? WHERE id = 1'),
  pushed: db.prepare<[number]>('UPDATE sync_state SET pushed_through = max(pushed_through, ?) WHERE id = 1'),
  success: db.prepare<[string]>(
    'UPDATE sync_state SET last_success_at = ?, offline_since = NULL, last_error = NULL WHERE id = 1',
  ),
  failure: db.prepare<[string, string, string]>(
    'UPDATE sync_state SET last_failure_at = ?, offline_since = coalesce(offline_since, ?), last_error = ? WHERE id = 1',
  ),
  skew: db.prepare<[number]>('UPDATE sync_state SET skew_ms = ? WHERE id = 1'),
}));

export function getSyncState(db: DB): SyncState {
  const r = sql(db).get.get();
  if (!r) throw new Error('sync_state has no row: the store was not migrated');
  const enrollment =
    r.hub_url && r.seat_id && r.seat_code && r.town_id && r.scope
      ? { hubUrl: r.hub_url, seatId: r.seat_id, seatCode: r.seat_code, townId: r.town_id, scope: SeatScope.parse(JSON.parse(r.scope)), admin: r.admin === 1 }
      : null;
  return {
    enrollment,
    cursor: r.cursor,
    pushedThrough: r.pushed_through,
    lastSuccessAt: r.last_success_at,
    lastFailureAt: r.last_failure_at,
    lastError: r.last_error,
    offlineSince: r.offline_since,
    skewMs: r.skew_ms,
  };
}

/** A new enrollment pulls from the start; what was already pushed stays pushed (the hub is idempotent). */
export function saveEnrollment(db: DB, e: Enrollment): void {
  sql(db).enroll.run(e.hubUrl, e.seatId, e.seatCode, e.townId, JSON.stringify(e.scope), e.admin ? 1 : 0);
}

export function setCursor(db: DB, cursor: number): void {
  sql(db).cursor.run(cursor);
}

/** Never moves back: a late answer to an older push cannot put events back in the outbox. */
export function setPushedThrough(db: DB, seq: number): void {
  sql(db).pushed.run(seq);
}

export function recordSyncSuccess(db: DB, at: string): void {
  sql(db).success.run(at);
}

/** `offline_since` keeps the first failure of a run of them: "offline since 09:12". */
export function recordSyncFailure(db: DB, at: string, code: string): void {
  sql(db).failure.run(at, at, code);
}

export function setSkew(db: DB, skewMs: number): void {
  sql(db).skew.run(Math.round(skewMs));
}
