import type { BoardRow } from '../../../shared/api/methods/board';
import type { CardRow, StoredClock } from '../../../shared/api/methods/sla';
import type { CaseFlag } from '../../../shared/case/loop-vocabulary';
import type { CaseKind, CaseStatus, Urgency } from '../../../shared/case/vocabulary';
import { clockKinds, type ClockKind } from '../../../shared/sla/case-clocks';
import { inView } from './case-units';
import { preparedFor, type DB } from './db';

/** Per case, the facts the board and the wall filter on, and its nearest running clock. */
export interface CaseSlaFacts {
  readonly caseId: string;
  readonly number: string;
  readonly status: CaseStatus;
  readonly open: boolean;
  readonly kind: CaseKind;
  readonly urgency: Urgency;
  readonly categoryId: string;
  readonly committeeId: string;
  readonly unitId: string | null;
  readonly dispatchedBy: string | null;
  readonly registeredAt: string;
  readonly policyVersion: number;
  readonly next: { readonly clock: string; readonly startedAt: string; readonly deadline: string; readonly unitId: string | null } | null;
  readonly flags: readonly CaseFlag[];
}

export interface ClockRow {
  readonly caseId: string;
  readonly clock: string;
  readonly startedAt: string;
  readonly kind: ClockKind;
  readonly unitId: string | null;
  readonly deadline: string;
  readonly warnAt: string;
  /** Overdue by its whole limit after this instant: the red card's threshold. */
  readonly redAfter: string;
  readonly endedAt: string | null;
  readonly cardLevel: 0 | 1 | 2;
  readonly cardAt: string | null;
}

interface ClockSqlRow {
  case_id: string;
  clock: string;
  started_at: string;
  kind: ClockKind;
  unit_id: string | null;
  deadline: string;
  ended_at: string | null;
  card_level: number;
}

const clockColumns = 'case_id, clock, started_at, kind, unit_id, deadline, ended_at, card_level';
const boardColumns = `case_id AS caseId, number, status, kind, urgency, category_id AS categoryId, committee_id AS committeeId,
  unit_id AS unitId, next_clock AS nextClock, next_started_at AS nextStartedAt, next_deadline AS nextDeadline, next_unit_id AS nextUnitId, flags`;

export interface BoardFilter {
  /** Whose board: null for the whole town (see case-units.ts). */
  readonly viewerUnitId: string | null;
  readonly unitId: string | null;
  readonly committeeId: string | null;
  readonly categoryId: string | null;
  readonly urgency: Urgency | null;
}

export interface AlertScope {
  readonly viewerUnitId: string | null;
  readonly horizon: string;
  /** This desk's dispatches, and the cases nobody has dispatched yet; null: every case. */
  readonly dispatchedBy: string | null;
  readonly unitId: string | null;
  readonly limit: number;
}

const boardWhere = `open = 1
  AND (@unitId IS NULL OR unit_id = @unitId) AND (@committeeId IS NULL OR committee_id = @committeeId)
  AND (@categoryId IS NULL OR category_id = @categoryId) AND (@urgency IS NULL OR urgency = @urgency)
  AND ${inView('case_id')}`;

const sql = preparedFor((db) => ({
  pinnedVersion: db.prepare<[string], { policy_version: number }>('SELECT policy_version FROM case_sla WHERE case_id = ?'),
  upsertFacts: db.prepare(
    `INSERT INTO case_sla (case_id, number, status, open, kind, urgency, category_id, committee_id, unit_id, dispatched_by,
       registered_at, policy_version, next_clock, next_started_at, next_deadline, next_unit_id, flags)
     VALUES (@caseId, @number, @status, @open, @kind, @urgency, @categoryId, @committeeId, @unitId, @dispatchedBy,
       @registeredAt, @policyVersion, @nextClock, @nextStartedAt, @nextDeadline, @nextUnitId, @flags)
     ON CONFLICT (case_id) DO UPDATE SET status = excluded.status, open = excluded.open, unit_id = excluded.unit_id,
       dispatched_by = excluded.dispatched_by, next_clock = excluded.next_clock, next_started_at = excluded.next_started_at,
       next_deadline = excluded.next_deadline, next_unit_id = excluded.next_unit_id, flags = excluded.flags`,
  ),
  upsertClock: db.prepare(
    `INSERT INTO case_clocks (case_id, clock, started_at, kind, unit_id, deadline, warn_at, red_after, ended_at, card_level, card_at)
     VALUES (@caseId, @clock, @startedAt, @kind, @unitId, @deadline, @warnAt, @redAfter, @endedAt, @cardLevel, @cardAt)
     ON CONFLICT (case_id, clock, started_at) DO UPDATE SET unit_id = excluded.unit_id, deadline = excluded.deadline,
       warn_at = excluded.warn_at, red_after = excluded.red_after, ended_at = excluded.ended_at,
       card_level = excluded.card_level, card_at = excluded.card_at
     WHERE unit_id IS NOT excluded.unit_id OR deadline IS NOT excluded.deadline OR warn_at IS NOT excluded.warn_at
       OR red_after IS NOT excluded.red_after OR ended_at IS NOT excluded.ended_at OR card_level IS NOT excluded.card_level
       OR card_at IS NOT excluded.card_at`,
  ),
  runningKeys: db.prepare<[string], { clock: string; started_at: string }>(
    'SELECT clock, started_at FROM case_clocks WHERE case_id = ? AND ended_at IS NULL',
  ),
  endClock: db.prepare<[string, string, string, string]>(
    'UPDATE case_clocks SET ended_at = ? WHERE case_id = ? AND clock = ? AND started_at = ?',
  ),
  insertCard: db.prepare<[string, string, string, string, string | null]>(
    'INSERT INTO supervision_cards (case_id, clock, at, card, unit_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  ),
  clocksOfCase: db.prepare<[string], ClockSqlRow>(`SELECT ${clockColumns} FROM case_clocks WHERE case_id = ? ORDER BY started_at`),
  runningOfCases: db.prepare<[string], ClockSqlRow>(
    `SELECT ${clockColumns} FROM case_clocks WHERE ended_at IS NULL AND case_id IN (SELECT value FROM json_each(?))`,
  ),
  board: db.prepare<BoardFilter & { limit: number }, Omit<BoardRow, 'flags'> & { flags: string }>(
    `SELECT ${boardColumns} FROM case_sla WHERE ${boardWhere} ORDER BY next_deadline NULLS LAST LIMIT @limit`,
  ),
  boardCount: db.prepare<BoardFilter, { n: number }>(`SELECT count(*) AS n FROM case_sla WHERE ${boardWhere}`),
  alerts: db.prepare<AlertScope, ClockSqlRow & { number: string }>(
    `SELECT c.case_id, c.clock, c.started_at, c.kind, c.unit_id, c.deadline, c.ended_at, c.card_level, s.number
     FROM case_clocks c JOIN case_sla s ON s.case_id = c.case_id
     WHERE c.ended_at IS NULL AND c.warn_at <= @horizon
       AND (@dispatchedBy IS NULL OR s.dispatched_by = @dispatchedBy OR s.dispatched_by IS NULL) AND (@unitId IS NULL OR c.unit_id = @unitId)
       AND ${inView('c.case_id')}
     ORDER BY c.warn_at LIMIT @limit`,
  ),
  firstCardDue: db.prepare<[string, number], ClockSqlRow>(
    `SELECT ${clockColumns} FROM case_clocks WHERE ended_at IS NULL AND deadline < ? AND card_level = 0 ORDER BY deadline LIMIT ?`,
  ),
  redCardDue: db.prepare<{ now: string; limit: number }, ClockSqlRow>(
    `SELECT ${clockColumns} FROM case_clocks WHERE ended_at IS NULL AND deadline < @now AND card_level = 1
       AND (red_after < @now OR deadline > card_at) ORDER BY deadline LIMIT @limit`,
  ),
  withoutSla: db.prepare<[], { id: string }>('SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM case_sla)'),
  cards: db.prepare<{ viewerUnitId: string | null; limit: number }, CardRow>(
    `SELECT k.case_id AS caseId, s.number, k.clock, k.card, k.at, k.unit_id AS unitId
     FROM supervision_cards k JOIN case_sla s ON s.case_id = k.case_id WHERE ${inView('k.case_id')} ORDER BY k.at DESC LIMIT @limit`,
  ),
}));

function storedClock(r: ClockSqlRow): StoredClock {
  return {
    caseId: r.case_id,
    clock: r.clock,
    kind: r.kind,
    unitId: r.unit_id,
    startedAt: r.started_at,
    deadline: r.deadline,
    endedAt: r.ended_at,
    cardLevel: r.card_level,
  };
}

export function pinnedPolicyVersion(db: DB, caseId: string): number | null {
  return sql(db).pinnedVersion.get(caseId)?.policy_version ?? null;
}

export function saveCaseSlaFacts(db: DB, f: CaseSlaFacts): void {
  sql(db).upsertFacts.run({
    caseId: f.caseId,
    number: f.number,
    status: f.status,
    open: f.open ? 1 : 0,
    kind: f.kind,
    urgency: f.urgency,
    categoryId: f.categoryId,
    committeeId: f.committeeId,
    unitId: f.unitId,
    dispatchedBy: f.dispatchedBy,
    registeredAt: f.registeredAt,
    policyVersion: f.policyVersion,
    nextClock: f.next?.clock ?? null,
    nextStartedAt: f.next?.startedAt ?? null,
    nextDeadline: f.next?.deadline ?? null,
    nextUnitId: f.next?.unitId ?? null,
    flags: f.flags.join(','),
  });
}

export function saveClockRow(db: DB, row: ClockRow): void {
  sql(db).upsertClock.run(row);
}

export function runningClockKeys(db: DB, caseId: string): { clock: string; startedAt: string }[] {
  return sql(db)
    .runningKeys.all(caseId)
    .map((r) => ({ clock: r.clock, startedAt: r.started_at }));
}

export function endClockRow(db: DB, caseId: string, clock: string, startedAt: string, endedAt: string): void {
  sql(db).endClock.run(endedAt, caseId, clock, startedAt);
}

export function saveCardRow(db: DB, card: Omit<CardRow, 'number'>): void {
  sql(db).insertCard.run(card.caseId, card.clock, card.at, card.card, card.unitId);
}

/** In the order they started; clocks started in one instant (a case dispatched as it was filed) in the loop's order, 派单 before 签收. */
export function clocksOfCase(db: DB, caseId: string): StoredClock[] {
  const inLoop = (c: StoredClock) => clockKinds.indexOf(c.kind);
  return sql(db)
    .clocksOfCase.all(caseId)
    .map(storedClock)
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || inLoop(a) - inLoop(b));
}

export function runningClocksOfCases(db: DB, caseIds: readonly string[]): StoredClock[] {
  return sql(db).runningOfCases.all(JSON.stringify(caseIds)).map(storedClock);
}

/**
 * Open cases, the one that breaches first on top; cases with no running clock last. With a
 * limit, the first `limit` of them; `total` counts them all either way.
 */
export function boardRows(db: DB, filter: BoardFilter, limit: number | null): { rows: BoardRow[]; total: number } {
  const s = sql(db);
  // SQLite reads a negative LIMIT as none.
  const rows = s.board.all({ ...filter, limit: limit ?? -1 }).map((r) => ({ ...r, flags: r.flags === '' ? [] : (r.flags.split(',') as CaseFlag[]) }));
  return { rows, total: limit === null || rows.length < limit ? rows.length : (s.boardCount.get(filter)?.n ?? rows.length) };
}

/**
 * Running clocks that warn before `horizon`, of the cases in view: for one dispatcher's cases, or
 * the clocks charged to one unit, or all.
 */
export function alertClocks(db: DB, scope: AlertScope): (StoredClock & { number: string })[] {
  return sql(db)
    .alerts.all(scope)
    .map((r) => ({ ...storedClock(r), number: r.number }));
}

/**
 * Clocks the supervision scheduler must look at: overdue without a card, or carded yellow and
 * now overdue by their whole limit or again after their deadline moved. Oldest lapse first.
 */
export function clocksDueACard(db: DB, now: string, limit: number): StoredClock[] {
  const s = sql(db);
  const first = s.firstCardDue.all(now, limit);
  const red = s.redCardDue.all({ now, limit: Math.max(0, limit - first.length) });
  return [...first, ...red].map(storedClock);
}

/** The newest cards of the cases in view. */
export function listCards(db: DB, scope: { viewerUnitId: string | null; limit: number }): CardRow[] {
  return sql(db).cards.all(scope);
}

/** Cases stored before their SLA rows existed (filed by a version without SLA clocks). */
export function caseIdsWithoutSla(db: DB): string[] {
  return sql(db)
    .withoutSla.all()
    .map((r) => r.id);
}
