import type { AssessedCard, AssessedClock } from '../../../shared/assessment/figures';
import type { LoopStep, RepliedCase } from '../../../shared/assessment/hasty';
import type { CardColour, ClosureCode } from '../../../shared/case/loop-vocabulary';
import type { CaseRecord } from '../../../shared/case/record';
import type { ClockKind } from '../../../shared/sla/case-clocks';
import { preparedFor, type DB } from './db';

/** A stored case with the clocks and cards assessment judges it by. */
export type CaseWithClocks = Omit<CaseRecord, 'cards'> & { readonly clocks: readonly AssessedClock[]; readonly cards: readonly AssessedCard[] };

interface ClockSql {
  case_id: string;
  kind: ClockKind;
  unit_id: string | null;
  deadline: string;
  ended_at: string | null;
}
interface CardSql {
  case_id: string;
  card: CardColour;
  clock: string;
  at: string;
  unit_id: string | null;
}

const inPeriod = 'SELECT id FROM cases WHERE registered_at >= @start AND registered_at < @end';

const sql = preparedFor((db) => ({
  records: db.prepare<{ start: string; end: string }, { record: string }>(
    'SELECT record FROM cases WHERE registered_at >= @start AND registered_at < @end ORDER BY registered_at, id',
  ),
  clocks: db.prepare<{ start: string; end: string }, ClockSql>(
    `SELECT case_id, kind, unit_id, deadline, ended_at FROM case_clocks WHERE case_id IN (${inPeriod}) ORDER BY case_id, started_at`,
  ),
  cards: db.prepare<{ start: string; end: string }, CardSql>(
    `SELECT case_id, card, clock, at, unit_id FROM supervision_cards WHERE case_id IN (${inPeriod}) ORDER BY case_id, at`,
  ),
}));

function grouped<T extends { case_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const r of rows) {
    const list = by.get(r.case_id);
    if (list) list.push(r);
    else by.set(r.case_id, [r]);
  }
  return by;
}

/** Every case filed in [start, end), oldest first, with its clocks and cards: what drill-downs and hasty flags read. */
export function casesWithClocks(db: DB, bounds: { start: string; end: string }): CaseWithClocks[] {
  const s = sql(db);
  const clocks = grouped(s.clocks.all(bounds));
  const cards = grouped(s.cards.all(bounds));
  return s.records.all(bounds).map(({ record }) => {
    const c = JSON.parse(record) as CaseRecord;
    return {
      ...c,
      clocks: (clocks.get(c.id) ?? []).map((k) => ({ kind: k.kind, unitId: k.unit_id, deadline: k.deadline, endedAt: k.ended_at })),
      cards: (cards.get(c.id) ?? []).map((k) => ({ card: k.card, clock: k.clock, at: k.at, unitId: k.unit_id })),
    };
  });
}

interface RepliedSql {
  id: string;
  clockStartedAt: string | null;
  contact: string | null;
  reply: string;
}

const repliedSql = preparedFor((db) =>
  db.prepare<{ start: string; end: string }, RepliedSql>(
    `SELECT id, json_extract(record, '$.clockStartedAt') AS clockStartedAt, json_extract(record, '$.contact') AS contact,
       json_extract(record, '$.reply') AS reply
     FROM cases WHERE registered_at >= @start AND registered_at < @end AND json_extract(record, '$.reply') IS NOT NULL`,
  ),
);

/** The cases of [start, end) that were replied to, with only what the hasty-closure flags read. */
export function repliedCases(db: DB, bounds: { start: string; end: string }): RepliedCase[] {
  return repliedSql(db)
    .all(bounds)
    .map((r) => ({
      id: r.id,
      clockStartedAt: r.clockStartedAt,
      contact: r.contact === null ? null : (JSON.parse(r.contact) as RepliedCase['contact']),
      reply: JSON.parse(r.reply) as RepliedCase['reply'],
    }));
}

interface StepSql {
  caseId: string;
  type: LoopStep['type'];
  unitId: string | null;
  closureCode: ClosureCode | null;
  resolved: number | null;
}

const stepsSql = preparedFor((db) =>
  db.prepare<{ start: string; end: string }, StepSql>(
    `SELECT e.case_id AS caseId, e.type, c.responsible_unit_id AS unitId,
       json_extract(e.payload, '$.closureCode') AS closureCode, json_extract(e.payload, '$.resolved') AS resolved
     FROM cases c JOIN events e ON e.case_id = c.id
     WHERE c.registered_at >= @start AND c.registered_at < @end AND e.type IN ('case.replied', 'case.evaluated')
     ORDER BY e.case_id, e.hlc, e.id`,
  ),
);

/** Replies and callbacks of the cases of [start, end), in order: the record keeps only the latest reply. */
export function loopSteps(db: DB, bounds: { start: string; end: string }): LoopStep[] {
  return stepsSql(db)
    .all(bounds)
    .flatMap((r): LoopStep[] => {
      if (r.type === 'case.evaluated') return [{ type: r.type, caseId: r.caseId, resolved: r.resolved === 1 }];
      return r.unitId !== null && r.closureCode !== null ? [{ type: r.type, caseId: r.caseId, unitId: r.unitId, closureCode: r.closureCode }] : [];
    });
}
