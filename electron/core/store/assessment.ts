import { emptyFigures, type Figure, type UnitFigures } from '../../../shared/assessment/figures';
import type { AssessmentRule } from '../../../shared/assessment/rule';
import { preparedFor, type DB } from './db';

/** What an aggregation runs over: the cases filed in [start, end), clocks judged as of `asOf`. */
export interface AssessmentScope {
  readonly start: string;
  readonly end: string;
  readonly asOf: string;
  /** Cases with a standing hasty-closure flag, and deductions overturned by a ruling. */
  readonly hastyCaseIds: readonly string[];
  readonly waived: readonly string[];
}

/** One kind of the responsible unit's clocks, from its three stored facts (migration 0017), judged as of @asOf. */
const judgedKind = (p: string, as: string) =>
  `${p}_has AS ${as}_has, (${p}_late_ended OR COALESCE(${p}_running_deadline < @asOf, 0)) AS ${as}_late, ${p}_running_deadline IS NOT NULL AS ${as}_run`;

/**
 * The same figures as `shared/assessment/figures.ts` counts, in SQL over the stored projections:
 * `assessment_facts`' columns, never the JSON record, which a year's cases take seconds to parse,
 * and never the clock rows, whose outcome for the responsible unit each fact row carries.
 */
const responsibleFigures = `
  WITH per_case AS (
    SELECT case_id AS id, unit_id AS unit, registered_at, evaluated, resolved, satisfaction, evaluated_at, calls, reopens,
      ${judgedKind('accept', 'a')}, ${judgedKind('contact', 'c')}, ${judgedKind('reply', 'r')}
    FROM assessment_facts
    WHERE registered_at >= @start AND registered_at < @end AND status <> 'merged' AND unit_id IS NOT NULL
  ),
  judged AS (
    SELECT unit, registered_at, id,
      a_has AND NOT a_late AND NOT a_run AS a_on, c_has AND NOT c_late AND NOT c_run AS c_on, r_has AND NOT r_late AND NOT r_run AS r_on,
      a_late OR c_late OR (a_has AND NOT a_run AND c_has AND NOT c_run) AS due,
      evaluated, resolved, satisfaction, evaluated_at, calls, reopens
    FROM per_case
  )
  SELECT unit AS unitId, COUNT(*) AS received,
    SUM(a_on) AS acceptedOnTime, SUM(c_on) AS contactedOnTime, SUM(r_on) AS repliedOnTime,
    SUM(due) AS responseDue, SUM(a_on AND c_on) AS responded,
    SUM(evaluated) AS evaluated, COALESCE(SUM(resolved), 0) AS resolved,
    SUM(evaluated AND satisfaction <> 'dissatisfied') AS satisfied,
    SUM(reopens) AS reopens,
    SUM(id IN (SELECT value FROM json_each(@hasty))) AS hasty,
    SUM(COALESCE(resolved, 0) AND calls >= @groupMinCalls) AS groupResolved,
    SUM(COALESCE(resolved, 0) AND unixepoch(evaluated_at, 'subsec') - unixepoch(registered_at, 'subsec') >= @legacyMinDays * 86400)
      AS legacyResolved
  FROM judged GROUP BY unit`;

/**
 * A row of `assessment_facts` filed in the period and not merged. Rulings, cards and whistles are
 * few beside the cases: each query reads them first (CROSS JOIN keeps that order) and looks each
 * one's case up by key, rather than probing every case of the year for them.
 */
const inScope = (caseId: string) =>
  `CROSS JOIN assessment_facts s ON s.case_id = ${caseId}
   WHERE s.registered_at >= @start AND s.registered_at < @end AND s.status <> 'merged'`;

/** Returns and extensions go to the unit that asked. */
const rulingFigures = `
  SELECT r.unit_id AS unitId,
    SUM(r.type = 'return') AS returns,
    SUM(r.type = 'return' AND NOT r.approved) AS returnsRejected,
    SUM(r.type = 'extension' AND r.approved) AS extensions
  FROM assessment_rulings r ${inScope('r.case_id')} GROUP BY 1`;

/** Cards go to the unit whose clock ran over, whistle reports to the unit whistled in. */
const sideFigures = `
  SELECT k.unit_id AS unitId, k.card AS figure, COUNT(*) AS n FROM supervision_cards k ${inScope('k.case_id')}
    AND k.unit_id IS NOT NULL
    AND 'card:' || k.case_id || ':' || k.clock || ':' || k.at || ':' || k.card NOT IN (SELECT value FROM json_each(@waived))
    GROUP BY 1, 2
  UNION ALL
  SELECT k.unit_id, 'whistleDue', COUNT(*) FROM case_clocks k ${inScope('k.case_id')}
    AND k.kind = 'whistle' AND k.unit_id IS NOT NULL AND (k.ended_at IS NOT NULL OR k.deadline < @asOf) GROUP BY 1
  UNION ALL
  SELECT k.unit_id, 'whistleOnTime', COUNT(*) FROM case_clocks k ${inScope('k.case_id')}
    AND k.kind = 'whistle' AND k.unit_id IS NOT NULL AND k.ended_at IS NOT NULL AND k.ended_at <= k.deadline GROUP BY 1`;

type ResponsibleRow = { unitId: string } & Record<Exclude<Figure, 'returns' | 'returnsRejected' | 'extensions' | 'yellow' | 'red' | 'whistleDue' | 'whistleOnTime'>, number>;
interface RulingRow {
  unitId: string;
  returns: number;
  returnsRejected: number;
  extensions: number;
}
interface SideRow {
  unitId: string;
  figure: Figure;
  n: number;
}

interface Params {
  start: string;
  end: string;
  asOf: string;
  hasty: string;
  waived: string;
  groupMinCalls: number;
  legacyMinDays: number;
}

const sql = preparedFor((db) => ({
  responsible: db.prepare<Params, ResponsibleRow>(responsibleFigures),
  rulings: db.prepare<Pick<Params, 'start' | 'end'>, RulingRow>(rulingFigures),
  side: db.prepare<Omit<Params, 'groupMinCalls' | 'legacyMinDays' | 'hasty'>, SideRow>(sideFigures),
}));

/** Every unit's figures for a period, aggregated in SQL; the same numbers `tallyUnits` counts from the cases. */
export function unitFiguresInStore(db: DB, scope: AssessmentScope, rule: AssessmentRule): Map<string, UnitFigures> {
  const statements = sql(db);
  const base = { start: scope.start, end: scope.end, asOf: scope.asOf, waived: JSON.stringify(scope.waived) };
  const units = new Map<string, Record<Figure, number>>();
  const of = (unitId: string): Record<Figure, number> => {
    let f = units.get(unitId);
    if (!f) units.set(unitId, (f = emptyFigures()));
    return f;
  };
  for (const { unitId, ...row } of statements.responsible.all({
    ...base,
    hasty: JSON.stringify(scope.hastyCaseIds),
    groupMinCalls: rule.groupMinCalls,
    legacyMinDays: rule.legacyMinDays,
  })) {
    Object.assign(of(unitId), row);
  }
  for (const { unitId, ...counts } of statements.rulings.all({ start: scope.start, end: scope.end })) {
    // A unit whose only ruling was a refused extension has no figure to show, as in the pure tally.
    for (const [figure, n] of Object.entries(counts) as [Figure, number][]) if (n > 0) of(unitId)[figure] += n;
  }
  for (const { unitId, figure, n } of statements.side.all(base)) of(unitId)[figure] += n;
  return units;
}
